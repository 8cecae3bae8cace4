package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.send;
import static se.styrkort.budget.BudgetApi.unit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.Tokens;

/**
 * Hostile imports are refused quickly and plainly, strict query values hold for imports too, and
 * a CSV list opened in a spreadsheet runs no formula while its numbers stay numbers.
 */
@QuarkusTest
class InputSafetyTest {

    private static final String IMPORTS = "/api/v1/actuals/imports";

    @Test
    void aHeaderOfAHundredThousandColumnsIsABadRequest() {
        String header = "orgUnitId;year;month;category;amount;" + "x;".repeat(100_000) + "y\n";
        send("jh-economist", IMPORTS, "text/csv", header + UUID.randomUUID() + ";2023;1;DRUGS;-1\n").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("header"));
    }

    @Test
    void aHundredThousandDigitCellIsOneBadRowAndQuickly() {
        UUID unit = unit("jh");
        String csv = "orgUnitId;year;month;category;amount\n" + unit + ";2023;1;DRUGS;-" + "9".repeat(100_000) + "\n"
                + unit + ";2023;1;PERSONNEL;-5\n";
        long start = System.nanoTime();
        send("jh-economist", IMPORTS, "text/csv", csv).then().statusCode(200)
                .body("results.outcome", equalTo(List.of("REJECTED", "ACCEPTED")))
                .body("results[0].reason", containsString("amount: a number of more than"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void anUnknownQueryValueIsABadRequestNotFalse() {
        UUID unit = unit("jh");
        send("jh-economist", IMPORTS + "?atomic=maybe", "text/csv", "orgUnitId;year;month;category;amount\n"
                + unit + ";2023;1;DRUGS;-1\n").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("atomic"));
        get("jh-viewer", "/api/v1/actuals?orgUnitId=" + unit).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void csvTextIsNeutralisedAndNumbersStayNumbers() {
        UUID unit = unit("jh");
        post("jh-economist", "/api/v1/investments", "{\"orgUnitId\":\"" + unit + "\",\"area\":\"-2+3\",\"object\":"
                + "\"=HYPERLINK(\\\"http://example.org\\\",\\\"x\\\")\",\"investmentType\":\"NEW\",\"category\":\"GRANTED\","
                + "\"amount\":1000.50,\"years\":[2023]}").then().statusCode(201);
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 1, "PERSONNEL", "-1000.50")).then().statusCode(201);

        String investments = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/investments?format=csv&orgUnitId=" + unit).then().statusCode(200).extract().asString();
        assertThat(investments).contains(",'-2+3,").contains("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"")
                .contains(",1000.50,").doesNotContain(",=HYPERLINK");
        String actuals = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/actuals?format=csv&orgUnitId=" + unit).then().statusCode(200).extract().asString();
        assertThat(actuals).contains(",PERSONNEL,-1000.50,").doesNotContain("'-1000.50");
    }
}
