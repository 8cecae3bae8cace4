package se.styrkort.outcomes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.ApiFuzz;

/**
 * Thousands of requests built from the service's own OpenAPI document, most of them hostile:
 * none gets a 5xx, every 4xx is problem+json, and no refused write changes what the service stores
 * (the outbox takes an event for every change).
 */
@QuarkusTest
class ApiFuzzTest {

    private static final Logger LOG = Logger.getLogger(ApiFuzzTest.class);

    @Inject
    AgroalDataSource db;

    long events() {
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(
                        "select (select count(*) from outbox_event) + (select count(*) from outbox_sent)")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noRequestGetsAServerErrorOrChangesStateWhenRefused() throws Exception {
        List<String> known = List.of(GoalsFixture.indicator().toString(), GoalsFixture.unit().toString());
        ApiFuzz.Report report = ApiFuzz
                .of("http://127.0.0.1:" + RestAssured.port, "jh-admin", "jh-reporter", "jh-feed", "jh-viewer", "nb-admin")
                .seed(22).requests(2000).knownIds(known).state(this::events)
                .run();
        LOG.infof("API fuzzing: %d requests, by status %s, %d findings", report.requests(), report.statuses(),
                report.findings().size());
        assertThat(report.findings()).as("requests that broke a rule").isEmpty();
        assertThat(report.statuses()).containsKeys(200, 400);
    }
}
