package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import se.styrkort.testsupport.Tokens;

@QuarkusTest
class BudgetFrameResourceTest {

    static String body(UUID orgUnitId, int year, String kind, String amount) {
        return "{\"orgUnitId\":\"" + orgUnitId + "\",\"year\":" + year + ",\"kind\":\"" + kind + "\",\"amount\":"
                + amount + "}";
    }

    static Response setFrame(String user, String body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/budget-frames");
    }

    static Response setFrame(String user) {
        return setFrame(user, body(UUID.randomUUID(), 2023, "BUDGET", "-2350000.50"));
    }

    /** Reads JSON numbers as BigDecimal, so amounts compare exactly. */
    static RestAssuredConfig decimals() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void economistSetsAndViewerReadsAFrame() {
        UUID unit = UUID.randomUUID();
        String id = setFrame("jh-economist", body(unit, 2023, "BUDGET", "-2350000.5")).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/budget-frames/"))
                .body("createdBy", equalTo("jh-economist"))
                .extract().path("id");
        setFrame("jh-economist", body(unit, 2024, "PLAN", "-2400000")).then().statusCode(201);

        given().config(decimals()).header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/budget-frames/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("orgUnitId", equalTo(unit.toString()))
                .body("year", equalTo(2023))
                .body("kind", equalTo("BUDGET"))
                .body("amount", equalTo(new BigDecimal("-2350000.50")));
        given().header("Authorization", Tokens.bearer("jh-viewer"))
                .queryParam("orgUnitId", unit).queryParam("year", 2023)
                .get("/api/v1/budget-frames")
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("orgUnitId", unit)
                .get("/api/v1/budget-frames")
                .then().statusCode(200).body("items.year", equalTo(List.of(2024, 2023)));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 500)
                .get("/api/v1/budget-frames")
                .then().statusCode(200).body("items.id", hasItem(id)).body("size", equalTo(500));
    }

    @Test
    void aChangeNeedsTheVersionItWasBasedOn() {
        UUID unit = UUID.randomUUID();
        String id = setFrame("jh-admin", body(unit, 2023, "BUDGET", "100")).then().statusCode(201)
                .extract().path("id");
        String body = body(unit, 2023, "BUDGET", "-150000.25");

        given().header("Authorization", Tokens.bearer("jh-economist")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/budget-frames/" + id).then().statusCode(428).contentType("application/problem+json");
        given().config(decimals()).header("Authorization", Tokens.bearer("jh-economist")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/budget-frames/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("amount", equalTo(new BigDecimal("-150000.25")))
                .body("createdBy", equalTo("jh-admin"))
                .body("updatedBy", equalTo("jh-economist"));
        given().header("Authorization", Tokens.bearer("jh-economist")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/budget-frames/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().get("/api/v1/budget-frames").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/budget-frames").then().statusCode(401);
        setFrame("jh-viewer").then().statusCode(403).contentType("application/problem+json");
        setFrame("jh-reporter").then().statusCode(403);
        setFrame("jh-planner").then().statusCode(403);
        setFrame("jh-feed").then().statusCode(403);
    }

    @Test
    void anotherRegionsFrameDoesNotExistForYou() {
        String id = setFrame("jh-economist").then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/budget-frames/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/budget-frames")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", Tokens.bearer("nb-admin")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(UUID.randomUUID(), 2023, "BUDGET", "0"))
                .put("/api/v1/budget-frames/" + id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/budget-frames/" + id)
                .then().statusCode(200).body("kind", equalTo("BUDGET"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        setFrame("jh-economist", "{\"year\":1999}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(4))
                .body("violations.field", hasItem("orgUnitId"))
                .body("violations.field", hasItem("year"))
                .body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("amount"));
        setFrame("jh-economist", body(UUID.randomUUID(), 2023, "BUDGET", "10.005"))
                .then().statusCode(400).body("violations", hasSize(1)).body("violations[0].field", equalTo("amount"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("year", 3000)
                .get("/api/v1/budget-frames")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 100000)
                .get("/api/v1/budget-frames")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreProblems() {
        setFrame("jh-economist", "{\"year\": 2023,")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        setFrame("jh-economist", body(UUID.randomUUID(), 2023, "FORECAST", "1"))
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        setFrame("jh-economist", body(UUID.randomUUID(), 2023, "BUDGET", "\"a lot\""))
                .then().statusCode(400).body("violations[0].field", equalTo("amount"));
        setFrame("jh-economist", body(UUID.randomUUID(), 2023, "BUDGET", "1").replace("orgUnitId", "orgunitId"))
                .then().statusCode(400).body("violations[0].field", equalTo("orgunitId"));
        given().header("Authorization", Tokens.bearer("jh-economist")).contentType(ContentType.XML)
                .body("<frame/>").post("/api/v1/budget-frames")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/budget-frames/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("styrkort_outbox_published"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/budget-frames"));
    }
}
