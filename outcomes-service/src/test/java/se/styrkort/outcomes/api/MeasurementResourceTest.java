package se.styrkort.outcomes.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
class MeasurementResourceTest {

    static String body(UUID indicatorId, UUID orgUnitId, String period, String value) {
        return "{\"indicatorId\":\"" + indicatorId + "\",\"orgUnitId\":\"" + orgUnitId + "\",\"period\":\"" + period
                + "\",\"valueKind\":\"ACCUMULATED\",\"value\":" + value + ",\"source\":\"Kolada\"}";
    }

    static Response record(String user, String body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/measurements");
    }

    static Response record(String user) {
        return record(user, body(UUID.randomUUID(), UUID.randomUUID(), "2022-T2", "87.5"));
    }

    /** Reads JSON numbers as BigDecimal, so values compare exactly. */
    static RestAssuredConfig decimals() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void reporterRecordsAndViewerReadsAMeasurement() {
        UUID indicator = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        String id = record("jh-reporter", body(indicator, unit, "2022-t2", "87.5")).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/measurements/"))
                .body("period", equalTo("2022-T2"))
                .body("createdBy", equalTo("jh-reporter"))
                .extract().path("id");

        given().config(decimals()).header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/measurements/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("indicatorId", equalTo(indicator.toString()))
                .body("orgUnitId", equalTo(unit.toString()))
                .body("valueKind", equalTo("ACCUMULATED"))
                .body("value", equalTo(new BigDecimal("87.5")))
                .body("source", equalTo("Kolada"));
        given().header("Authorization", Tokens.bearer("jh-viewer"))
                .queryParam("indicatorId", indicator).queryParam("orgUnitId", unit).queryParam("period", "2022-T2")
                .get("/api/v1/measurements")
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        given().header("Authorization", Tokens.bearer("jh-viewer"))
                .queryParam("indicatorId", indicator).queryParam("period", "2022-T3")
                .get("/api/v1/measurements")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 500)
                .get("/api/v1/measurements")
                .then().statusCode(200).body("items.id", hasItem(id)).body("size", equalTo(500));
    }

    @Test
    void aDataFeedMayRecordButNotCorrect() {
        String id = record("jh-feed").then().statusCode(201).body("createdBy", equalTo("jh-feed"))
                .extract().path("id");

        given().header("Authorization", Tokens.bearer("jh-feed")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(UUID.randomUUID(), UUID.randomUUID(), "2022", "1"))
                .put("/api/v1/measurements/" + id).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCorrectionNeedsTheVersionItWasBasedOn() {
        UUID indicator = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        String id = record("jh-admin", body(indicator, unit, "2022-08", "12")).then().statusCode(201)
                .extract().path("id");
        String body = body(indicator, unit, "2022-08", "13.25");

        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/measurements/" + id).then().statusCode(428).contentType("application/problem+json");
        given().config(decimals()).header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/measurements/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("value", equalTo(new BigDecimal("13.25")))
                .body("createdBy", equalTo("jh-admin"))
                .body("updatedBy", equalTo("jh-reporter"));
        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/measurements/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().get("/api/v1/measurements").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/measurements").then().statusCode(401);
        record("jh-viewer").then().statusCode(403).contentType("application/problem+json");
        record("jh-planner").then().statusCode(403);
        record("jh-economist").then().statusCode(403);
    }

    @Test
    void anotherRegionsMeasurementDoesNotExistForYou() {
        String id = record("jh-reporter").then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/measurements/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/measurements")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", Tokens.bearer("nb-admin")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(UUID.randomUUID(), UUID.randomUUID(), "2022", "0"))
                .put("/api/v1/measurements/" + id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/measurements/" + id)
                .then().statusCode(200).body("source", equalTo("Kolada"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        record("jh-reporter", "{\"period\":\"\",\"source\":null}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(5))
                .body("violations.field", hasItem("indicatorId"))
                .body("violations.field", hasItem("orgUnitId"))
                .body("violations.field", hasItem("period"))
                .body("violations.field", hasItem("valueKind"))
                .body("violations.field", hasItem("value"));
        record("jh-reporter", body(UUID.randomUUID(), UUID.randomUUID(), "2022-T4", "1"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("period"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("period", "2022-13")
                .get("/api/v1/measurements")
                .then().statusCode(400).body("violations[0].field", equalTo("period"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 100000)
                .get("/api/v1/measurements")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreProblems() {
        record("jh-reporter", "{\"period\": \"2022\",")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        record("jh-reporter", body(UUID.randomUUID(), UUID.randomUUID(), "2022", "1").replace("ACCUMULATED", "SOMETIMES"))
                .then().statusCode(400).body("violations[0].field", equalTo("valueKind"));
        record("jh-reporter", body(UUID.randomUUID(), UUID.randomUUID(), "2022", "\"many\""))
                .then().statusCode(400).body("violations[0].field", equalTo("value"));
        record("jh-reporter", body(UUID.randomUUID(), UUID.randomUUID(), "2022", "1").replace("orgUnitId", "orgunitId"))
                .then().statusCode(400).body("violations[0].field", equalTo("orgunitId"));
        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.XML)
                .body("<measurement/>").post("/api/v1/measurements")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/measurements/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("violations", nullValue());
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("styrkort_outbox_published"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/measurements"));
    }
}
