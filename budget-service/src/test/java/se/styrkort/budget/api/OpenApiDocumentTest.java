package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
                .containsEntry("listBudgetFrames", "GET /api/v1/budget-frames")
                .containsEntry("getBudgetFrame", "GET /api/v1/budget-frames/{id}")
                .containsEntry("importActuals", "POST /api/v1/actuals/imports")
                .containsEntry("getAccumulatedActuals", "GET /api/v1/actuals/accumulated")
                .containsEntry("getBudgetFrameSums", "GET /api/v1/budget-frames/sums")
                .containsEntry("listInvestments", "GET /api/v1/investments");
    }

    @Test
    void aRefusalIsTheDocumentedProblem() {
        OpenApiContract document = OpenApiContract.served();
        // Bad fields: one violation each.
        document.assertProblem(given().header("Authorization", Tokens.bearer("jh-economist")).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/budget-frames").then().statusCode(400)
                .body("violations", not(empty())).extract().asString());
        document.assertProblem(given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/budget-frames/" + UUID.randomUUID()).then().statusCode(404).extract().asString());
        document.assertProblem(given().get("/api/v1/budget-frames").then().statusCode(401).extract().asString());
    }
}
