package se.styrkort.reporting.api;

import static se.styrkort.reporting.Api.as;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.styrkort.testsupport.ServiceOpenApiTest;

/** The service's part of the OpenAPI contract: the operations its client calls, and what it refuses. */
@QuarkusTest
class OpenApiDocumentTest extends ServiceOpenApiTest {

    OpenApiDocumentTest() {
        super("/api/v1/plans", "jh-viewer", Map.of(
                "listRollups", "GET /api/v1/rollups", "listRollupGoals", "GET /api/v1/rollups/goals",
                "getReport", "GET /api/v1/reports/{planId}/{period}", "listPlans", "GET /api/v1/plans",
                "getPlan", "GET /api/v1/plans/{id}", "rebuildReadModel", "POST /api/v1/admin/rebuild"));
    }

    /** It takes no writes: a missing and a malformed parameter, one violation each. */
    @Override
    protected Response refusedForItsFields() {
        return as("jh-viewer").queryParam("planId", "nope")
                .get("/api/v1/rollups");
    }
}
