package se.styrkort.outcomes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

/**
 * Hostile imports are refused quickly and plainly, ordinary writes take small bodies while the
 * import takes large ones, and a source system's code can only point at what exists in the region.
 */
@QuarkusTest
class InputSafetyTest {

    private static Response importing(String type, String body, String query) {
        return given().header("Authorization", Tokens.bearer("jh-feed")).contentType(type + "; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports" + query);
    }

    private static int measurements(UUID indicator) {
        return given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .get("/api/v1/measurements").then().statusCode(200).extract().path("total");
    }

    @Test
    void aHeaderOfThousandsOfColumnsIsABadRequest() {
        // Under the test profile's import limit of 64 KiB; a larger body is 413 before its header is read.
        String csv = "indicatorId;orgUnitId;period;T;" + "c;".repeat(20_000) + "d\n";
        importing("text/csv", csv, "").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("header"));
        importing("text/csv", "indicatorId;orgUnitId;period;T;" + "c;".repeat(100_000) + "d\n", "").then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aSixtyThousandDigitCellIsOneBadRowRefusedBeforeItIsParsed() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String csv = "indicatorId;orgUnitId;period;valueKind;T\n"
                + indicator + ";" + unit + ";2022-T2;ACCUMULATED;" + "7".repeat(60_000) + "\n"
                + indicator + ";" + unit + ";2022-T3;ACCUMULATED;1e400\n"
                + indicator + ";" + unit + ";2022;ACCUMULATED;4,5\n";
        importing("text/csv", csv, "").then().statusCode(200)
                .body("results.outcome", equalTo(List.of("REJECTED", "REJECTED", "ACCEPTED")))
                .body("results[0].reason", containsString("total: a number of more than"))
                .body("results[1].reason", containsString("total: '1e400' is too large"));
        assertThat(measurements(indicator)).isEqualTo(1);
    }

    @Test
    void anUnknownQueryValueIsABadRequestNotFalse() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        importing("text/csv", "indicatorId;orgUnitId;period;valueKind;T\n" + indicator + ";" + unit
                + ";2022;ACCUMULATED;1\n", "?atomic=maybe").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("atomic"));
        assertThat(measurements(indicator)).isZero();
    }

    @Test
    void anOrdinaryWriteTakesASmallBody() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String padded = "{\"indicatorId\":\"" + indicator + "\",\"orgUnitId\":\"" + unit + "\",\"period\":\"2022\","
                + "\"valueKind\":\"PERIOD\",\"total\":1,\"externalRowId\":\"" + " ".repeat(2_000_000) + "\"}";
        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType(ContentType.JSON).body(padded)
                .post("/api/v1/measurements").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("styrkort.http.max-body-size"));
        assertThat(measurements(indicator)).isZero();
    }

    @Test
    void aCodeMapsOnlyToAnIndicatorOrUnitOfTheRegion() {
        String code = "src-" + UUID.randomUUID().toString().substring(0, 8);
        String system = given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Source\"}").post("/api/v1/source-systems")
                .then().statusCode(201).extract().path("id");
        UUID otherRegionsIndicator = GoalsFixture.indicator("region-nb");
        for (String kind : List.of("INDICATOR", "ORG_UNIT")) {
            for (UUID target : List.of(UUID.randomUUID(), otherRegionsIndicator, GoalsFixture.unit("region-nb"))) {
                given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                        .body("{\"targetId\":\"" + target + "\"}")
                        .put("/api/v1/source-systems/" + system + "/codes/" + kind + "/X1")
                        .then().statusCode(422).contentType("application/problem+json")
                        .body("violations[0].field", equalTo("targetId"));
            }
        }
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/source-systems/" + system + "/codes")
                .then().statusCode(200).body("total", equalTo(0));
        UUID indicator = GoalsFixture.indicator();
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"targetId\":\"" + indicator + "\"}")
                .put("/api/v1/source-systems/" + system + "/codes/INDICATOR/X1")
                .then().statusCode(200).body("targetId", equalTo(indicator.toString()));
    }
}
