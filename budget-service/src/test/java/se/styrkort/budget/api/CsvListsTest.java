package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.unit;

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
        for (String list : List.of("forecasts", "investments", "financial-indicators", "adjustments", "changes",
                "org-units")) {
            given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/" + list + "?format=csv").then()
                    .statusCode(200).contentType("text/csv");
        }
    }
}
