package se.styrkort.goals.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.ServiceOpenApiTest;

/** The service's part of the OpenAPI contract: the operations its client calls, and what it refuses. */
@QuarkusTest
class OpenApiDocumentTest extends ServiceOpenApiTest {

    OpenApiDocumentTest() {
        super("/api/v1/plans", "jh-planner", Map.of(
                "listPlans", "GET /api/v1/plans", "getPlan", "GET /api/v1/plans/{id}",
                "createPlan", "POST /api/v1/plans", "updatePlan", "PUT /api/v1/plans/{id}",
                "adoptPlan", "POST /api/v1/plans/{id}/adopt", "getPlanTree", "GET /api/v1/plans/{id}/tree",
                "listIndicators", "GET /api/v1/indicators", "retireOrgUnit", "POST /api/v1/org-units/{id}/retire"));
    }
}
