package se.styrkort.testsupport;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * Thousands of requests built from the service's own OpenAPI document, most of them hostile: none
 * gets a 5xx, every 4xx is problem+json, and no refused write changes what the service stores (the
 * outbox takes an event for every change). A service's {@code @QuarkusTest} extends it with the
 * users the requests are sent as and the ids they may name.
 */
public abstract class ServiceApiFuzzTest {

    @Inject
    DataSource db;

    private final String[] users;

    protected ServiceApiFuzzTest(String... users) {
        this.users = users;
    }

    /** Ids of records the requests may name, made once the service runs. */
    protected List<String> knownIds() {
        return List.of();
    }

    /** Narrows the run, as to leave out an operation that is a run of its own. */
    protected ApiFuzz narrow(ApiFuzz fuzz) {
        return fuzz;
    }

    @Test
    void noRequestGetsAServerErrorOrChangesStateWhenRefused() throws Exception {
        ApiFuzz fuzz = ApiFuzz.of("http://127.0.0.1:" + RestAssured.port, users)
                .seed(22).requests(2000).knownIds(knownIds()).state(ApiFuzz.outboxEvents(db));
        narrow(fuzz).run().holdToTheRules();
    }
}
