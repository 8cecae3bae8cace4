package se.styrkort.budget.api;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import se.styrkort.budget.BudgetApi;
import se.styrkort.testsupport.ApiFuzz;

/**
 * Thousands of requests built from the service's own OpenAPI document, most of them hostile:
 * none gets a 5xx, every 4xx is problem+json, and no refused write changes what the service stores
 * (the outbox takes an event for every change).
 */
@QuarkusTest
class ApiFuzzTest {

    @Inject
    AgroalDataSource db;

    @Test
    void noRequestGetsAServerErrorOrChangesStateWhenRefused() throws Exception {
        List<String> known = List.of(BudgetApi.unit("jh").toString());
        ApiFuzz
                .of("http://127.0.0.1:" + RestAssured.port, "jh-admin", "jh-economist", "jh-feed", "jh-viewer", "nb-admin")
                .seed(22).requests(2000).knownIds(known).state(ApiFuzz.outboxEvents(db))
                .run().holdToTheRules();
    }
}
