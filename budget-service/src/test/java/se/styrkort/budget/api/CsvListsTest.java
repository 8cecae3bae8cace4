package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.unit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.Tokens;

/** Every list as CSV, by Accept header or ?format=csv, for BI tools. */
@QuarkusTest
class CsvListsTest {

    @Test
    void listsAnswerCsvWhenAskedTo() {
        UUID unit = unit("jh");
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 1, "PERSONNEL", "-1000.50")).then().statusCode(201);
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 1, "EXTERNAL_REVENUE", "20")).then().statusCode(201);

        String csv = given().header("Authorization", Tokens.bearer("jh-viewer")).accept("text/csv")
                .get("/api/v1/actuals?orgUnitId=" + unit).then().statusCode(200).contentType("text/csv")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,orgUnitId,year,month,category,amount,version,createdAt,createdBy");
        assertThat(lines.subList(1, 3)).anySatisfy(l -> assertThat(l).contains("," + unit + ",2023,1,PERSONNEL,-1000.50,0,")
                .contains(",jh-economist,"));
        assertThat(lines.subList(1, 3)).anySatisfy(l -> assertThat(l).contains(",EXTERNAL_REVENUE,20.00,"));

        String frames = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/budget-frames?format=csv&orgUnitId=" + UUID.randomUUID()).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(frames).isEmpty();
        for (String list : List.of("forecasts", "investments", "financial-indicators", "staff-figures", "adjustments",
                "changes", "org-units")) {
            given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/" + list + "?format=csv").then()
                    .statusCode(200).contentType("text/csv");
        }
    }

    @Test
    void excelSvIsWhatSwedishExcelOpens() {
        UUID unit = unit("jh");
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 2, "PERSONNEL", "-1000.50")).then().statusCode(201);

        byte[] body = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/actuals?format=csv&dialect=excel-sv&orgUnitId=" + unit).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8").extract().asByteArray();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id;orgUnitId;year;month;category;amount;version;createdAt;createdBy")
                .contains(";" + unit + ";2023;2;PERSONNEL;-1000,50;0;").endsWith("\r\n");
        assertThat(csv.split("\r\n")).hasSize(2);

        String rfc = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/actuals?format=csv&dialect=rfc4180&orgUnitId=" + unit).then().statusCode(200)
                .extract().asString();
        assertThat(rfc).startsWith("id,orgUnitId,").contains("," + unit + ",2023,2,PERSONNEL,-1000.50,0,").endsWith("\r\n");

        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/actuals?format=csv&dialect=excel")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("dialect"));
    }
}
