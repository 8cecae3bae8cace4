package se.styrkort.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

/**
 * A Kolada API answer posted as it is served: the envelope, its paging, and indicators found by
 * their Kolada code ({@code externalCodes.kolada}) and units through the Kolada source system's code
 * map, codes in any case.
 */
@QuarkusTest
class KoladaAnswerTest {

    private static final String KOLADA = "application/vnd.kolada+json";

    /** The region's Kolada source system (registered once; "Kolada" is the documents' default). */
    static String koladaSystem() {
        int status = given().header("Authorization", Tokens.bearer("jh-admin")).contentType(ContentType.JSON)
                .body("{\"code\":\"Kolada\",\"name\":\"Kolada\"}").post("/api/v1/source-systems").then().extract()
                .statusCode();
        List<Map<String, String>> systems = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/source-systems?size=1000").then().statusCode(200).extract().path("items");
        if (status != 201 && status != 409) {
            throw new AssertionError("registering Kolada answered " + status);
        }
        return systems.stream().filter(s -> s.get("code").equalsIgnoreCase("kolada")).findFirst().orElseThrow()
                .get("id");
    }

    private static String kpi() {
        return "N" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private static UUID indicatorWithKoladaCode(int year, String code) {
        UUID unit = GoalsFixture.unit();
        UUID plan = GoalsFixture.plan(GoalsFixture.JH, unit, year, year);
        UUID goal = GoalsFixture.goal(GoalsFixture.JH, plan, unit, "Nöjdhet " + year, null);
        return GoalsFixture.indicator(GoalsFixture.JH,
                Map.of("goalId", goal, "name", "Andel nöjda", "externalCodes", Map.of("Kolada", code)));
    }

    @Test
    void aKoladaAnswerImportsAsServed() {
        String system = koladaSystem();
        String kpi = kpi();
        // The same Kolada KPI in the plans for 2022 and 2023: each row's year finds its plan's indicator.
        UUID in2022 = indicatorWithKoladaCode(2022, kpi);
        UUID in2023 = indicatorWithKoladaCode(2023, kpi);
        UUID unit = GoalsFixture.unit();
        String municipality = "M" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        SourceCodeImportTest.map(system, "ORG_UNIT", municipality, unit);

        String answer = """
                {"count": 3, "values": [
                  {"kpi": "%1$s", "municipality": "%2$s", "period": 2022, "values": [
                    {"count": 1, "gender": "K", "status": "", "value": 81.2},
                    {"count": 1, "gender": "M", "status": "", "value": 76.9},
                    {"count": 1, "gender": "T", "status": "", "value": 79.1}]},
                  {"kpi": "%3$s", "municipality": "%4$s", "period": 2023, "values": [
                    {"count": 1, "gender": "T", "status": "", "value": 80.4}]},
                  {"kpi": "N00000000", "municipality": "%2$s", "period": 2023, "values": [
                    {"count": 1, "gender": "T", "status": "", "value": 1}]}],
                 "next_page": "http://api.kolada.se/v2/data/kpi/%1$s/year/2022,2023?page=2&per_page=3"}
                """.formatted(kpi, municipality, kpi.toLowerCase(), municipality.toLowerCase());
        ImportResourceTest.importing("jh-feed", KOLADA, answer).then().statusCode(200)
                .body("format", equalTo("KOLADA")).body("rows", equalTo(3))
                .body("results.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED", "REJECTED")))
                .body("results[2].reason", containsString("kpi: 'N00000000' is neither an id nor a known indicator code"));

        ImportResourceTest.measurementsOf("jh-viewer", in2022).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].orgUnitId", equalTo(unit.toString())).body("items[0].period", equalTo("2022"))
                .body("items[0].valueKind", equalTo("PERIOD"))
                .body("items[0].total", equalTo(new BigDecimal("79.1")))
                .body("items[0].women", equalTo(new BigDecimal("81.2")));
        ImportResourceTest.measurementsOf("jh-viewer", in2023).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].period", equalTo("2023")).body("items[0].total", equalTo(new BigDecimal("80.4")));

        // A Kolada answer with no values (past its last page) imports nothing.
        ImportResourceTest.importing("jh-feed", KOLADA, "{\"count\": 0, \"values\": [], \"next_page\": null}").then()
                .statusCode(200).body("rows", equalTo(0));
        // Broken after its values, the answer is refused whole.
        ImportResourceTest.importing("jh-feed", KOLADA, answer.strip().replaceAll("}$", ""))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aKoladaCodeOfIndicatorsInTwoPlansOfTheSameYearIsAmbiguous() {
        koladaSystem();
        String kpi = kpi();
        indicatorWithKoladaCode(2024, kpi);
        indicatorWithKoladaCode(2024, kpi);
        UUID unit = GoalsFixture.unit();
        String doc = "{\"kpi\": \"" + kpi + "\", \"municipality\": \"" + unit + "\", \"period\": 2024,"
                + " \"values\": [{\"gender\": \"T\", \"value\": 3}]}";
        ImportResourceTest.importing("jh-feed", KOLADA, doc).then().statusCode(200)
                .body("results[0].outcome", equalTo("REJECTED"))
                .body("results[0].reason", containsString("is the Kolada code of 2 indicators of plans that run in 2024"));
    }
}
