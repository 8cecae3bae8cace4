package se.styrkort.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

/** Source systems and their code maps: a feed sends its own codes and they become our ids. */
@QuarkusTest
class SourceCodeImportTest {

    static String register(String user, String code) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Kolada\"}").post("/api/v1/source-systems")
                .then().statusCode(201).extract().path("id");
    }

    static void map(String system, String kind, String code, UUID target) {
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"targetId\":\"" + target + "\"}")
                .put("/api/v1/source-systems/" + system + "/codes/" + kind + "/" + code)
                .then().statusCode(200).body("targetId", equalTo(target.toString()));
    }

    @Test
    void aFeedsOwnCodesBecomeOurIds() {
        String code = "kolada-" + UUID.randomUUID().toString().substring(0, 8);
        String system = register("jh-admin", code);
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        map(system, "INDICATOR", "N00945", indicator);
        map(system, "org-unit", "2380", unit);

        String kolada = "[{\"kpi\":\"N00945\",\"municipality\":\"2380\",\"period\":2022,"
                + "\"values\":[{\"gender\":\"K\",\"value\":81.2},{\"gender\":\"M\",\"value\":76.9}]},"
                + "{\"kpi\":\"N99999\",\"municipality\":\"2380\",\"period\":2022,\"values\":[{\"gender\":\"T\",\"value\":1}]}]";
        ImportResourceTest.importing("jh-feed", "application/vnd.kolada+json", kolada, "sourceSystem=" + code)
                .then().statusCode(200)
                .body("results.outcome", equalTo(List.of("ACCEPTED", "REJECTED")))
                .body("results[1].reason", containsString("kpi: 'N99999' is neither an id nor a known indicator code"));
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].orgUnitId", equalTo(unit.toString()))
                .body("items[0].sourceSystem", equalTo(code))
                .body("items[0].women", equalTo(new BigDecimal("81.2")));

        String csv = "indicatorId,orgUnitId,period,valueKind,total,sourceSystem\n"
                + "N00945,2380,2022-T2,ACCUMULATED,\"79,5\"," + code + "\n"
                + "N00945,2380,2022-T3,ACCUMULATED,80.25,\n";
        ImportResourceTest.importing("jh-feed", "text/csv", csv).then().statusCode(200)
                .body("results.outcome", equalTo(List.of("ACCEPTED", "REJECTED")))
                .body("results[1].reason", containsString("names no source system"));
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().body("total", equalTo(2))
                .body("items.find { it.period == '2022-T2' }.total", equalTo(new BigDecimal("79.5")));

        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("kind", "ORG_UNIT")
                .get("/api/v1/source-systems/" + system + "/codes")
                .then().statusCode(200).body("items.code", equalTo(List.of("2380")));
    }

    @Test
    void onlyAnAdminKeepsSourceSystemsAndAnotherRegionSeesNoneOfThem() {
        String code = "dw-" + UUID.randomUUID().toString().substring(0, 8);
        String system = register("jh-admin", code);
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Again\"}").post("/api/v1/source-systems")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType(ContentType.JSON)
                .body("{\"code\":\"other\",\"name\":\"Other\"}").post("/api/v1/source-systems")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"no spaces\",\"name\":\"\"}").post("/api/v1/source-systems")
                .then().statusCode(400).body("violations.field", equalTo(List.of("code", "name")));
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"targetId\":\"" + UUID.randomUUID() + "\"}")
                .put("/api/v1/source-systems/" + system + "/codes/PLAN/x")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        map(system, "INDICATOR", "I-1", GoalsFixture.indicator());

        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/source-systems/" + system)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/source-systems")
                .then().statusCode(200).body("items.code", not(hasItem(code)));
        given().header("Authorization", Tokens.bearer("nb-admin")).contentType(ContentType.JSON)
                .body("{\"targetId\":\"" + UUID.randomUUID() + "\"}")
                .put("/api/v1/source-systems/" + system + "/codes/INDICATOR/I-1").then().statusCode(404);
        ImportResourceTest.importing("nb-feed", "application/json", "[{\"indicatorId\":\"I-1\",\"orgUnitId\":\""
                + UUID.randomUUID() + "\",\"period\":\"2022\",\"valueKind\":\"PERIOD\",\"total\":1,\"sourceSystem\":\""
                + code + "\"}]").then().statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].reason", containsString("indicatorId"));
    }
}
