package se.styrkort.outcomes.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

/** A source system's code matches whatever its case: "kolada", "Kolada" and "KOLADA" are one system. */
@QuarkusTest
class SourceSystemCodeCaseTest {

    @Test
    void aSourceSystemsCodeMatchesInAnyCase() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "Kolada-" + suffix;
        String system = given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Kolada\"}").post("/api/v1/source-systems")
                .then().statusCode(201).extract().path("id");
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        for (String[] mapping : new String[][] { { "INDICATOR", "N00945", indicator.toString() },
                { "ORG_UNIT", "2380", unit.toString() } }) {
            given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                    .body("{\"targetId\":\"" + mapping[2] + "\"}")
                    .put("/api/v1/source-systems/" + system + "/codes/" + mapping[0] + "/" + mapping[1])
                    .then().statusCode(200);
        }

        String csv = "indicatorId,orgUnitId,period,valueKind,total,sourceSystem\n"
                + "N00945,2380,2022-T1,ACCUMULATED,79.5,kolada-" + suffix + "\n"
                + "N00945,2380,2022-T2,ACCUMULATED,80.5," + code + "\n"
                + "N00945,2380,2022-T3,ACCUMULATED,81.5,KOLADA-" + suffix.toUpperCase() + "\n"
                + "N00945,2380,2023,ACCUMULATED,82.5,kolad-" + suffix + "\n";
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports")
                .then().statusCode(200)
                .body("results.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED")));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .get("/api/v1/measurements").then().statusCode(200).body("total", equalTo(3));

        // Nor can a second system take the same code in another case.
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"kolada-" + suffix + "\",\"name\":\"Kolada igen\"}").post("/api/v1/source-systems")
                .then().statusCode(409).contentType("application/problem+json");
    }
}
