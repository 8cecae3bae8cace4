package se.styrkort.outcomes.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.ServiceOpenApiTest;

/** The service's part of the OpenAPI contract: the operations its client calls, and what it refuses. */
@QuarkusTest
class OpenApiDocumentTest extends ServiceOpenApiTest {

    OpenApiDocumentTest() {
        super("/api/v1/measurements", "jh-reporter", Map.of(
                "importMeasurements", "POST /api/v1/imports", "listMeasurements", "GET /api/v1/measurements",
                "getMeasurement", "GET /api/v1/measurements/{id}", "createMeasurement", "POST /api/v1/measurements",
                "listStatuses", "GET /api/v1/statuses", "listGoalStatuses", "GET /api/v1/goal-statuses",
                "listMissingReports", "GET /api/v1/missing-reports"));
    }
}
