package se.styrkort.budget.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.ServiceOpenApiTest;

/** The service's part of the OpenAPI contract: the operations its client calls, and what it refuses. */
@QuarkusTest
class OpenApiDocumentTest extends ServiceOpenApiTest {

    OpenApiDocumentTest() {
        super("/api/v1/budget-frames", "jh-economist", Map.of(
                "listBudgetFrames", "GET /api/v1/budget-frames", "getBudgetFrame", "GET /api/v1/budget-frames/{id}",
                "importActuals", "POST /api/v1/actuals/imports",
                "getAccumulatedActuals", "GET /api/v1/actuals/accumulated",
                "getBudgetFrameSums", "GET /api/v1/budget-frames/sums", "listInvestments", "GET /api/v1/investments"));
    }
}
