package se.styrkort.budget.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.send;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ActualImportTest {

    private static final String IMPORTS = "/api/v1/actuals/imports";

    @Test
    void aBadRowIsRejectedAloneWithItsReason() {
        UUID unit = unit("jh");
        UUID nbUnit = unit("nb");
        String csv = "orgUnitId,year,month,category,amount\n"
                + unit + ",2023,1,PERSONNEL,-1000.50\n"
                + unit + ",2023,1,DRUGS,abc\n"
                + unit + ",2023,1,TRAVEL,-1\n"
                + unit + ",2023,1,DRUGS,250\n"
                + nbUnit + ",2023,1,DRUGS,-1\n"
                + unit + ",2023,13,DRUGS,-1\n"
                + unit + ",2023,1,DRUGS,-12345678901234567\n"
                + unit + ",2023,1,EXTERNAL_REVENUE,\"1,234.5\"\n";
        send("jh-economist", IMPORTS, "text/csv", csv).then().statusCode(200)
                .body("rows", equalTo(8)).body("accepted", equalTo(2)).body("rejected", equalTo(6))
                .body("results.outcome", equalTo(List.of("ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
                        "REJECTED", "REJECTED", "ACCEPTED")))
                .body("results[1].reason", equalTo("amount: 'abc' is not a number"))
                .body("results[2].reason", containsString("category: 'TRAVEL' is not one of"))
                .body("results[3].reason", equalTo("amount: costs are negative"))
                .body("results[4].reason", equalTo("orgUnitId: no org unit with this id"))
                .body("results[5].reason", containsString("month: "))
                .body("results[6].reason", containsString("amount: "));
        get("jh-viewer", "/api/v1/actuals?orgUnitId=" + unit + "&category=EXTERNAL_REVENUE").then()
                .body("items[0].amount", equalTo(new BigDecimal("1234.50")));

        // A changed amount is a new version; the same one again nothing.
        String json = "[" + actual(unit, 2023, 1, "PERSONNEL", "-2000") + "," + actual(unit, 2023, 1, "PERSONNEL", "-2000")
                + "," + actual(unit, 2023, 2, "PERSONNEL", "\"x\"") + ",{\"orgUnitId\":\"" + unit + "\",\"colour\":1}]";
        send("jh-economist", IMPORTS, "application/json", json).then().statusCode(200)
                .body("results.outcome", equalTo(List.of("REVISED", "UNCHANGED", "REJECTED", "REJECTED")))
                .body("results[0].version", equalTo(1))
                .body("results[2].reason", containsString("amount"))
                .body("results[3].reason", containsString("colour"));
    }

    @Test
    void anAllOrNothingImportWithABadRowWritesNothing() {
        UUID unit = unit("jh");
        String csv = "orgUnitId;year;month;category;amount\n" + unit + ";2023;5;PERSONNEL;-1\n" + unit
                + ";2023;5;DRUGS;1\n";
        send("jh-economist", IMPORTS + "?atomic=true", "text/csv", csv).then().statusCode(200)
                .body("written", equalTo(false)).body("atomic", equalTo(true))
                .body("results.outcome", equalTo(List.of("NOT_WRITTEN", "REJECTED")));
        get("jh-viewer", "/api/v1/actuals?orgUnitId=" + unit).then().body("total", equalTo(0));
        send("jh-economist", IMPORTS + "?atomic=true", "text/csv", csv.replace("DRUGS;1", "DRUGS;-1")).then()
                .statusCode(200).body("written", equalTo(true)).body("accepted", equalTo(2));
    }

    @Test
    void malformedImportsAreProblemsAndWriteNothing() {
        UUID unit = unit("jh");
        send("jh-economist", IMPORTS, "application/json", "[" + actual(unit, 2023, 6, "PERSONNEL", "-1") + ",{")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        send("jh-economist", IMPORTS, "application/json", "{}").then().statusCode(400);
        send("jh-economist", IMPORTS, "text/csv", "orgUnitId;category;amount\n" + unit + ";PERSONNEL;-1\n").then()
                .statusCode(400).body("violations[0].field", equalTo("header"));
        send("jh-economist", IMPORTS, "application/xml", "<actuals/>").then().statusCode(415);
        send("jh-viewer", IMPORTS, "text/csv", "orgUnitId;period;category;amount\n").then().statusCode(403);
        get("jh-viewer", "/api/v1/actuals?orgUnitId=" + unit).then().body("total", equalTo(0));
    }
}
