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
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

@QuarkusTest
class MeasurementResourceTest {

    static String body(UUID indicatorId, UUID orgUnitId, String period, String value) {
        return "{\"indicatorId\":\"" + indicatorId + "\",\"orgUnitId\":\"" + orgUnitId + "\",\"period\":\"" + period
                + "\",\"valueKind\":\"ACCUMULATED\",\"total\":" + value + ",\"sourceSystem\":\"Kolada\"}";
    }

    static Response record(String user, String body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/measurements");
    }

    static Response record(String user) {
        return record(user, body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022-T2", "87.5"));
    }

    /** Reads JSON numbers as BigDecimal, so values compare exactly. */
    static RestAssuredConfig decimals() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void reporterRecordsAndViewerReadsAMeasurement() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
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
                .body("total", equalTo(new BigDecimal("87.5")))
                .body("sourceSystem", equalTo("Kolada"));
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
    void valuesMayBeSplitByGenderWithoutATotal() {
        String body = body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "null")
                .replace("\"total\":null", "\"women\":4.8,\"men\":6.9,\"externalRowId\":\"dw-17\"");
        given().config(decimals()).header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/measurements")
                .then().statusCode(201)
                .body("total", nullValue())
                .body("women", equalTo(new BigDecimal("4.8")))
                .body("men", equalTo(new BigDecimal("6.9")))
                .body("externalRowId", equalTo("dw-17"));
    }

    @Test
    void recordingTheSameIdentityAgainRevisesItAndKeepsTheOldValues() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String id = record("jh-feed", body(indicator, unit, "2022-T2", "6.9")).then().statusCode(201)
                .extract().path("id");

        record("jh-reporter", body(indicator, unit, "2022-t2", "6.90")).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id)).body("updatedBy", equalTo("jh-feed"));
        record("jh-reporter", body(indicator, unit, "2022-T2", "7.1")).then().statusCode(200)
                .header("ETag", "\"1\"").body("id", equalTo(id)).body("updatedBy", equalTo("jh-reporter"));
        record("jh-reporter", body(indicator, unit, "2022-T2", "7.1").replace("ACCUMULATED", "PERIOD"))
                .then().statusCode(201).body("id", not(equalTo(id)));

        given().config(decimals()).header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/measurements/" + id + "/revisions")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.version", equalTo(List.of(0, 1)))
                .body("items.changeType", equalTo(List.of("CREATED", "UPDATED")))
                .body("items.total", equalTo(List.of(new BigDecimal("6.9"), new BigDecimal("7.1"))))
                .body("items.changedBy", equalTo(List.of("jh-feed", "jh-reporter")));
        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/measurements/" + id + "/revisions")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCorrectionCannotTakeAnotherMeasurementsIdentity() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        record("jh-reporter", body(indicator, unit, "2022-T1", "1")).then().statusCode(201);
        String id = record("jh-reporter", body(indicator, unit, "2022-T2", "2")).then().statusCode(201)
                .extract().path("id");

        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(indicator, unit, "2022-T1", "2"))
                .put("/api/v1/measurements/" + id).then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(indicator, unit, "2022-T2", "2.0"))
                .put("/api/v1/measurements/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aDataFeedMayRecordButNotCorrect() {
        String id = record("jh-feed").then().statusCode(201).body("createdBy", equalTo("jh-feed"))
                .extract().path("id");

        given().header("Authorization", Tokens.bearer("jh-feed")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "1"))
                .put("/api/v1/measurements/" + id).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCorrectionNeedsTheVersionItWasBasedOn() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String id = record("jh-admin", body(indicator, unit, "2022-08", "12")).then().statusCode(201)
                .extract().path("id");
        String body = body(indicator, unit, "2022-08", "13.25");

        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/measurements/" + id).then().statusCode(428).contentType("application/problem+json");
        given().config(decimals()).header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/measurements/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("total", equalTo(new BigDecimal("13.25")))
                .body("createdBy", equalTo("jh-admin"))
                .body("updatedBy", equalTo("jh-reporter"));
        given().header("Authorization", Tokens.bearer("jh-reporter")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/measurements/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412));
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
                .contentType(ContentType.JSON).body(body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "0"))
                .put("/api/v1/measurements/" + id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/measurements/" + id)
                .then().statusCode(200).body("sourceSystem", equalTo("Kolada"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        record("jh-reporter", "{\"period\":\"\",\"sourceSystem\":null}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(4))
                .body("violations.field", hasItem("indicatorId"))
                .body("violations.field", hasItem("orgUnitId"))
                .body("violations.field", hasItem("period"))
                .body("violations.field", hasItem("valueKind"));
        record("jh-reporter", body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "null"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("total"));
        record("jh-reporter", body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022-T4", "1"))
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
        record("jh-reporter",
                body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "1").replace("ACCUMULATED", "SOMETIMES"))
                .then().statusCode(400).body("violations[0].field", equalTo("valueKind"));
        record("jh-reporter", body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "\"many\""))
                .then().statusCode(400).body("violations[0].field", equalTo("total"));
        record("jh-reporter",
                body(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "1").replace("orgUnitId", "orgunitId"))
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
