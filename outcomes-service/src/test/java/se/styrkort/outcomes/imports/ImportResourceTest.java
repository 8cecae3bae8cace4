package se.styrkort.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.Tokens;

/** POST /api/v1/imports: the three formats, idempotence, per-row reports, limits, roles and tenants. */
@QuarkusTest
class ImportResourceTest {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final String KOLADA = "application/vnd.kolada+json";
    private static final String BOM = "\uFEFF";

    /** Bodies go as the bytes given; numbers are read back as BigDecimal, so values compare exactly. */
    static RestAssuredConfig config() {
        return RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static RequestSpecification as(String user) {
        return given().config(config()).header("Authorization", Tokens.bearer(user));
    }

    static Response importing(String user, String type, String body, String query) {
        return as(user).contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports" + (query.isEmpty() ? "" : "?" + query));
    }

    static Response importing(String user, String type, String body) {
        return importing(user, type, body, "");
    }

    static String jsonRow(UUID indicator, UUID unit, String period, String total) {
        return "{\"indicatorId\":\"" + indicator + "\",\"orgUnitId\":\"" + unit + "\",\"period\":\"" + period
                + "\",\"valueKind\":\"ACCUMULATED\",\"total\":" + total + "}";
    }

    static Response measurementsOf(String user, UUID indicator) {
        return as(user).queryParam("indicatorId", indicator).queryParam("size", 100).get("/api/v1/measurements");
    }

    @Test
    void aWindows1252CsvIsReadInTheCharsetItsContentTypeNames() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String csv = "indicatorId;orgUnitId;period;valueKind;T;sourceSystem;externalRowId\r\n"
                + indicator + ";" + unit + ";2022;PERIOD;12,5;Lönesystem;rad-1\r\n";
        as("jh-feed").contentType(CSV + "; charset=windows-1252")
                .body(csv.getBytes(java.nio.charset.Charset.forName("windows-1252"))).post("/api/v1/imports").then()
                .statusCode(200).body("accepted", equalTo(1));
        measurementsOf("jh-viewer", indicator).then().statusCode(200)
                .body("items[0].sourceSystem", equalTo("Lönesystem"))
                .body("items[0].total", equalTo(new BigDecimal("12.5")));
        as("jh-feed").contentType(CSV + "; charset=utf-16").body(csv.getBytes(StandardCharsets.UTF_16))
                .post("/api/v1/imports").then().statusCode(400).body("violations[0].field", equalTo("charset"));
    }

    @Test
    void aCsvWithSemicolonsDecimalCommasAndABomIsImportedOnceAndRevisedWhenItChanges() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String csv = BOM + "indicatorId;orgUnitId;period;valueKind;T;K;M;sourceSystem;externalRowId\r\n"
                + indicator + ";" + unit + ";2022-T1;ACCUMULATED;6,9;7,4;5,1;dw;r1\r\n"
                + indicator + ";" + unit + ";2022-t2;ACCUMULATED;\"4,8\";;;dw;r2\r\n"
                + "\r\n"
                + indicator + ";" + unit + ";2022;PERIOD;1 234,50;;;dw;r3\r\n";

        importing("jh-feed", CSV, csv).then().statusCode(200)
                .body("format", equalTo("CSV")).body("written", equalTo(true))
                .body("rows", equalTo(3)).body("accepted", equalTo(3))
                .body("results.row", equalTo(List.of(1, 2, 3)))
                .body("results.outcome", everyItem(equalTo("ACCEPTED")));
        String t1 = measurementsOf("jh-viewer", indicator).then().statusCode(200).body("total", equalTo(3))
                .body("items.find { it.period == '2022-T1' }.total", equalTo(new BigDecimal("6.9")))
                .body("items.find { it.period == '2022-T1' }.women", equalTo(new BigDecimal("7.4")))
                .body("items.find { it.period == '2022-T1' }.men", equalTo(new BigDecimal("5.1")))
                .body("items.find { it.period == '2022-T1' }.externalRowId", equalTo("r1"))
                .body("items.find { it.period == '2022-T2' }.total", equalTo(new BigDecimal("4.8")))
                .body("items.find { it.period == '2022-T2' }.women", nullValue())
                .body("items.find { it.period == '2022' }.total", equalTo(new BigDecimal("1234.50")))
                .body("items.find { it.period == '2022' }.valueKind", equalTo("PERIOD"))
                .extract().path("items.find { it.period == '2022-T1' }.id");

        importing("jh-feed", CSV, csv).then().statusCode(200)
                .body("unchanged", equalTo(3)).body("accepted", equalTo(0))
                .body("results.outcome", everyItem(equalTo("UNCHANGED")));
        importing("jh-reporter", CSV, csv.replace("6,9;7,4", "7,0;7,4")).then().statusCode(200)
                .body("revised", equalTo(1)).body("unchanged", equalTo(2))
                .body("results[0].outcome", equalTo("REVISED"))
                .body("results[0].measurementId", equalTo(t1))
                .body("results[0].version", equalTo(1));

        as("jh-viewer").get("/api/v1/measurements/" + t1 + "/revisions").then().statusCode(200)
                .body("items.total", equalTo(List.of(new BigDecimal("6.9"), new BigDecimal("7.0"))))
                .body("items.changedBy", equalTo(List.of("jh-feed", "jh-reporter")));
        List<ConsumerRecord<String, String>> events = PublishedEvents.of("styrkort.outcomes", t1, 2);
        assertThat(events).hasSize(2);
        events.forEach(EventContract::assertConforms);
    }

    @Test
    void aJsonArrayIsWrittenInBatchesAndABadRowIsRejectedAloneWithItsNumber() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        List<String> rows = IntStream.rangeClosed(1, 9).mapToObj(m -> jsonRow(indicator, unit, "2022-0" + m, m + ".5"))
                .collect(Collectors.toList());
        rows.set(3, jsonRow(indicator, unit, "2022-T4", "1"));
        rows.set(6, jsonRow(indicator, unit, "2022-07", "\"many\""));
        rows.set(7, jsonRow(indicator, unit, "2022-08", "null"));

        importing("jh-reporter", JSON, "[" + String.join(",", rows) + "]").then().statusCode(200)
                .body("rows", equalTo(9)).body("accepted", equalTo(6)).body("rejected", equalTo(3))
                .body("results.row", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .body("results[3].outcome", equalTo("REJECTED"))
                .body("results[3].reason", containsString("period"))
                .body("results[6].reason", containsString("total"))
                .body("results[7].reason", containsString("at least one of total"))
                .body("results[8].outcome", equalTo("ACCEPTED"));
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(6));
    }

    @Test
    void kolada_documentsCarryValuesByGender() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String single = "{\"kpi\":\"" + indicator + "\",\"municipality\":\"" + unit + "\",\"period\":2022,"
                + "\"values\":[{\"count\":1,\"gender\":\"K\",\"status\":\"\",\"value\":81.2},"
                + "{\"gender\":\"M\",\"value\":76.9},{\"gender\":\"T\",\"value\":null}]}";
        importing("jh-feed", KOLADA, single).then().statusCode(200)
                .body("format", equalTo("KOLADA")).body("accepted", equalTo(1));
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(1))
                .body("items[0].period", equalTo("2022"))
                .body("items[0].valueKind", equalTo("PERIOD"))
                .body("items[0].total", nullValue())
                .body("items[0].women", equalTo(new BigDecimal("81.2")))
                .body("items[0].men", equalTo(new BigDecimal("76.9")))
                .body("items[0].sourceSystem", equalTo("Kolada"));

        String array = "[" + single.replace("81.2", "81.3") + ",{\"kpi\":\"" + indicator + "\",\"ou\":\"" + unit
                + "\",\"period\":\"2022-T2\",\"values\":[{\"gender\":\"T\",\"value\":79}]},"
                + "{\"kpi\":\"N00945\",\"municipality\":\"0180\",\"period\":2022,\"values\":[]}]";
        importing("jh-feed", KOLADA, array, "valueKind=ACCUMULATED").then().statusCode(200)
                .body("results.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED", "REJECTED")))
                .body("results[2].reason", containsString("kpi"));
    }

    @Test
    void atomicImportsWriteNothingWhenAnyRowIsBad() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String body = "[" + jsonRow(indicator, unit, "2022-01", "1") + "," + jsonRow(indicator, unit, "2022-13", "2")
                + "," + jsonRow(indicator, unit, "2022-03", "3") + "]";

        importing("jh-feed", JSON, body, "atomic=true").then().statusCode(200)
                .body("atomic", equalTo(true)).body("written", equalTo(false))
                .body("results.outcome", equalTo(List.of("NOT_WRITTEN", "REJECTED", "NOT_WRITTEN")))
                .body("results[1].row", equalTo(2));
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(0));

        importing("jh-feed", JSON, body.replace("2022-13", "2022-02"), "atomic=true").then().statusCode(200)
                .body("written", equalTo(true)).body("accepted", equalTo(3));
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(3));
    }

    @Test
    void requestsOverTheLimitsAreRefusedWithTheLimitNamedAndNothingWritten() {
        UUID indicator = GoalsFixture.indicator();
        String rows = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> indicator + "," + UUID.randomUUID() + ",2022,PERIOD," + i)
                .collect(Collectors.joining("\n"));
        importing("jh-feed", CSV, "indicatorId,orgUnitId,period,valueKind,total\n" + rows).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("styrkort.imports.max-rows"));
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(0));

        String padded = "[" + jsonRow(indicator, GoalsFixture.unit(), "2022", "1") + " ".repeat(70_000) + "]";
        importing("jh-feed", JSON, padded).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("styrkort.imports.max-bytes"));
    }

    @Test
    void malformedDocumentsAreProblemsAndWriteNothing() {
        UUID indicator = GoalsFixture.indicator();
        importing("jh-feed", JSON, "[" + jsonRow(indicator, GoalsFixture.unit(), "2022", "1") + ",{\"period\":")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        importing("jh-feed", JSON, jsonRow(indicator, GoalsFixture.unit(), "2022", "1"))
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        importing("jh-feed", CSV, "indicatorId;period;total\n" + indicator + ";2022;1")
                .then().statusCode(400).body("violations[0].field", equalTo("header"))
                .body("violations[0].message", containsString("orgUnitId"));
        importing("jh-feed", CSV, "indicatorId,orgUnitId,period,total\n" + indicator + "," + UUID.randomUUID()
                + ",2022,\"1").then().statusCode(400).body("violations[0].field", equalTo("body"));
        importing("jh-feed", "application/xml", "<rows/>").then().statusCode(415)
                .contentType("application/problem+json");
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(0));
    }

    @Test
    void aViewerCannotImportAndNoTokenIs401() {
        String body = "[" + jsonRow(GoalsFixture.indicator(), GoalsFixture.unit(), "2022", "1") + "]";
        given().contentType(JSON).body(body).post("/api/v1/imports").then().statusCode(401)
                .contentType("application/problem+json");
        importing("jh-viewer", JSON, body).then().statusCode(403).contentType("application/problem+json");
        importing("jh-planner", JSON, body).then().statusCode(403);
    }

    /** An import reads its organization's units once; what it may name is what a single POST may. */
    @Test
    void rowsNameTheRegionsOwnUnitsAndBenchmarkOrganizationsOnly() {
        UUID indicator = GoalsFixture.indicator();
        UUID own = GoalsFixture.unit();
        UUID others = GoalsFixture.unit(GoalsFixture.NB);
        String benchmark = as("jh-admin").contentType(JSON)
                .body("{\"code\":\"riket-" + UUID.randomUUID() + "\",\"name\":\"Riket\"}")
                .post("/api/v1/benchmark-organizations").then().statusCode(201).extract().path("id");
        String rows = String.join(",", jsonRow(indicator, own, "2022", "1"), jsonRow(indicator, others, "2022", "2"),
                jsonRow(indicator, UUID.randomUUID(), "2022", "3"),
                jsonRow(indicator, UUID.fromString(benchmark), "2022", "4"));

        importing("jh-feed", JSON, "[" + rows + "]").then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("results.outcome", equalTo(List.of("ACCEPTED", "REJECTED", "REJECTED", "ACCEPTED")))
                .body("results[1].reason", containsString("no such org unit"))
                .body("results[2].reason", containsString("no such org unit"));
    }

    @Test
    void anotherRegionCannotSeeImportedRows() {
        UUID indicator = GoalsFixture.indicator();
        String id = importing("jh-feed", JSON, "[" + jsonRow(indicator, GoalsFixture.unit(), "2022", "1") + "]")
                .then().statusCode(200).body("accepted", equalTo(1)).extract().path("results[0].measurementId");

        measurementsOf("nb-admin", indicator).then().statusCode(200).body("items", hasSize(0));
        as("nb-admin").get("/api/v1/measurements/" + id).then().statusCode(404);
        as("nb-admin").get("/api/v1/measurements/" + id + "/revisions").then().statusCode(404);
        measurementsOf("jh-viewer", indicator).then().body("total", equalTo(1));
    }
}
