package se.styrkort.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The OpenAPI document is one a client generator can use (deploy/clients generates a Java client
 * from it): every operation named, every answer typed, every refusal the problem document the
 * service really answers with. A service's {@code @QuarkusTest} extends it with a collection to
 * read from and write to, the user who may write, and the operations its client calls.
 */
public abstract class ServiceOpenApiTest {

    private final String collection;
    private final String writer;
    private final Map<String, String> operations;

    /**
     * @param collection a path whose {@code /{id}} is read, answering 404 for an unknown id
     * @param writer a user who may post to the collection
     * @param operations the operations the client calls: "METHOD path" by operation id
     */
    protected ServiceOpenApiTest(String collection, String writer, Map<String, String> operations) {
        this.collection = collection;
        this.writer = writer;
        this.operations = operations;
    }

    /**
     * A request the service refuses with 400 and one violation per bad field: by default an empty
     * JSON object posted to the collection, every required field missing.
     */
    protected Response refusedForItsFields() {
        return given().header("Authorization", Tokens.bearer(writer)).contentType(ContentType.JSON).body("{}")
                .post(collection);
    }

    @Test
    void everyOperationIsReadyForAClientGenerator() {
        OpenApiContract.served().assertClientReady();
    }

    @Test
    void theOperationsHaveTheNamesTheClientCalls() {
        assertThat(OpenApiContract.served().operationIds()).containsAllEntriesOf(operations);
    }

    @Test
    void aRefusalIsTheDocumentedProblem() {
        OpenApiContract document = OpenApiContract.served();
        document.assertProblem(refusedForItsFields().then().statusCode(400).body("violations", not(empty()))
                .extract().asString());
        document.assertProblem(given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get(collection + "/" + UUID.randomUUID()).then().statusCode(404).extract().asString());
        document.assertProblem(given().get(collection).then().statusCode(401).extract().asString());
    }
}
