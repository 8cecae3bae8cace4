package se.styrkort.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.OpenApiContract;
import se.styrkort.testsupport.Tokens;

/**
 * The OpenAPI document is one a client generator can use (deploy/clients generates a Java client
 * from it): every operation named, every answer typed, every refusal the problem document the
 * service really answers with.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationIsReadyForAClientGenerator() {
        OpenApiContract.served().assertClientReady();
    }

    @Test
    void theOperationsHaveTheNamesTheClientCalls() {
        assertThat(OpenApiContract.served().operationIds())
                .containsEntry("listRollups", "GET /api/v1/rollups")
                .containsEntry("listRollupGoals", "GET /api/v1/rollups/goals")
                .containsEntry("getReport", "GET /api/v1/reports/{planId}/{period}")
                .containsEntry("listPlans", "GET /api/v1/plans")
                .containsEntry("getPlan", "GET /api/v1/plans/{id}")
                .containsEntry("rebuildReadModel", "POST /api/v1/admin/rebuild");
    }

    @Test
    void aRefusalIsTheDocumentedProblem() {
        OpenApiContract document = OpenApiContract.served();
        // A missing and a malformed parameter: one violation each.
        document.assertProblem(given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("planId", "nope")
                .get("/api/v1/rollups").then().statusCode(400)
                .body("violations", not(empty())).extract().asString());
        document.assertProblem(given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(404).extract().asString());
        document.assertProblem(given().get("/api/v1/plans").then().statusCode(401).extract().asString());
    }
}
