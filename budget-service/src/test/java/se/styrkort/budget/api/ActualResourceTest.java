package se.styrkort.budget.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.frame;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.line;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.send;
import static se.styrkort.budget.BudgetApi.tkr;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ActualResourceTest {

    private static final String ACTUALS = "/api/v1/actuals";

    /**
     * 002_…, "Intäkter och kostnader" (tkr), per August 2022: ack utfall, ack budget, ack utfall fg
     * år. The seed's revenue rows are all external revenue here and its cost rows other than
     * personnel, drugs and depreciation are other external costs (their sums are the seed's).
     */
    private static final String[][] TABLE = {
            // category, actual 2022, budget Jan–Aug, actual Jan–Aug 2021
            { "EXTERNAL_REVENUE", "500443", "354605", "464155" },
            { "PERSONNEL", "-322423", "-356232", "-456288" },
            { "DRUGS", "-14361", "-20375", "-11471" },
            { "OTHER_EXTERNAL_COSTS", "-1034527", "-943460", "-954924" },
            { "DEPRECIATION", "-54196", "-56044", "-55581" } };

    /** The seed's differences (tkr): budget deviation and change from last year per row. */
    private static final String[][] DIFFERENCES = {
            { "EXTERNAL_REVENUE", "145838", "36288" },
            { "PERSONNEL", "33809", "133866" },
            { "DRUGS", "6013", "-2891" },
            { "DEPRECIATION", "1849", "1386" } };

    /** A month's share of an accumulated figure: Jan–Jul an eighth each, the rest in August. */
    static BigDecimal monthOf(String accumulated, int month) {
        BigDecimal total = tkr(accumulated);
        BigDecimal eighth = total.divide(BigDecimal.valueOf(8), 0, java.math.RoundingMode.DOWN).setScale(2);
        return month < 8 ? eighth : total.subtract(eighth.multiply(BigDecimal.valueOf(7)));
    }

    @Test
    void theInterimReportsRevenueAndCostTableIsReproduced() {
        UUID board = unit("jh");
        List<String> lines = new ArrayList<>();
        for (String[] row : TABLE) {
            // A yearly frame whose eight twelfths are the seed's accumulated budget.
            lines.add(line(row[0], tkr(row[2]).multiply(new BigDecimal("1.5")).setScale(2), 0));
        }
        post("jh-economist", "/api/v1/budget-frames", frame(board, 2022, "BUDGET", lines.toArray(String[]::new)))
                .then().statusCode(201);

        // 2022 as a Swedish spreadsheet's CSV: BOM, semicolons, decimal comma, period column.
        StringBuilder csv = new StringBuilder("\uFEFForgUnitId;period;category;amount\n");
        StringBuilder json = new StringBuilder("[");
        for (String[] row : TABLE) {
            for (int month = 1; month <= 8; month++) {
                csv.append(board).append(";2022-").append(String.format("%02d", month)).append(';').append(row[0])
                        .append(';').append(monthOf(row[1], month).toPlainString().replace('.', ',')).append('\n');
                json.append(json.length() > 1 ? "," : "").append(actual(board, 2021, month, row[0], monthOf(row[3], month)));
            }
        }
        json.append(']');
        send("jh-economist", ACTUALS + "/imports", "text/csv", csv.toString()).then().statusCode(200)
                .body("format", equalTo("CSV")).body("rows", equalTo(40)).body("accepted", equalTo(40))
                .body("rejected", equalTo(0)).body("written", equalTo(true));
        send("jh-feed", ACTUALS + "/imports", "application/json", json.toString()).then().statusCode(200)
                .body("format", equalTo("JSON")).body("accepted", equalTo(40));

        ValidatableResponse table = get("jh-viewer", ACTUALS + "/accumulated?orgUnitId=" + board + "&year=2022&month=8")
                .then().statusCode(200)
                .body("categories.category", equalTo(List.of("EXTERNAL_REVENUE", "PERSONNEL", "DRUGS",
                        "OTHER_EXTERNAL_COSTS", "DEPRECIATION")))
                // Summa intäkter, Summa bruttokostnader, Summa verksamhetens nettokostnader: exactly the seed's.
                .body("revenues.actual", equalTo(tkr("500443")))
                .body("revenues.budget", equalTo(tkr("354605")))
                .body("revenues.budgetDeviation", equalTo(tkr("145838")))
                .body("revenues.previousYear", equalTo(tkr("464155")))
                .body("revenues.previousYearDeviation", equalTo(tkr("36288")))
                .body("grossCosts.actual", equalTo(tkr("-1425507")))
                .body("grossCosts.budget", equalTo(tkr("-1376111")))
                .body("grossCosts.budgetDeviation", equalTo(tkr("-49396")))
                .body("grossCosts.previousYear", equalTo(tkr("-1478264")))
                .body("grossCosts.previousYearDeviation", equalTo(tkr("52757")))
                .body("net.actual", equalTo(tkr("-925064")))
                .body("net.budget", equalTo(tkr("-1021506")))
                .body("net.budgetDeviation", equalTo(tkr("96442")))
                .body("net.previousYear", equalTo(tkr("-1014109")))
                .body("net.previousYearDeviation", equalTo(tkr("89045")));
        // The seed's rows were rounded to tkr from figures in kr, so a row's difference may be 1 tkr off.
        for (String[] d : DIFFERENCES) {
            String row = "categories.find { it.category == '" + d[0] + "' }.";
            table.body(row + "budgetDeviation", closeTo(tkr(d[1]), tkr("1")))
                    .body(row + "previousYearDeviation", closeTo(tkr(d[2]), tkr("1")));
        }
        // Accumulated to July: seven eighths of the year to date, and seven twelfths of the frame.
        get("jh-viewer", ACTUALS + "/accumulated?orgUnitId=" + board + "&year=2022&month=7").then().statusCode(200)
                .body("categories[1].actual", equalTo(monthOf("-322423", 1).multiply(BigDecimal.valueOf(7))))
                .body("categories[1].budget", equalTo(tkr("-356232").multiply(new BigDecimal("1.5"))
                        .multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_EVEN)));

        // The same file again changes nothing.
        send("jh-economist", ACTUALS + "/imports", "text/csv", csv.toString()).then().statusCode(200)
                .body("accepted", equalTo(0)).body("unchanged", equalTo(40)).body("revised", equalTo(0))
                .body("results[0].outcome", equalTo("UNCHANGED")).body("results[0].version", equalTo(0));
        get("jh-viewer", ACTUALS + "?orgUnitId=" + board + "&year=2022&category=PERSONNEL").then().statusCode(200)
                .body("total", equalTo(8));
        get("jh-viewer", ACTUALS + "?orgUnitId=" + board + "&year=2022&month=8&category=PERSONNEL").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].amount", equalTo(monthOf("-322423", 8)))
                .body("items[0].createdBy", equalTo("jh-economist"));
    }

    @Test
    void anActualIsEnteredChangedWithItsVersionAndItsHistoryKept() {
        UUID unit = unit("jh");
        String id = post("jh-economist", ACTUALS, actual(unit, 2023, 3, "PERSONNEL", "-1500000.50")).then()
                .statusCode(201).header("ETag", "\"0\"").body("amount", equalTo(new BigDecimal("-1500000.50")))
                .extract().path("id");
        post("jh-economist", ACTUALS, actual(unit, 2023, 3, "PERSONNEL", "-1")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(id));

        put("jh-admin", ACTUALS + "/" + id, "\"0\"", actual(unit, 2023, 3, "PERSONNEL", "-1600000")).then()
                .statusCode(200).header("ETag", "\"1\"").body("updatedBy", equalTo("jh-admin"));
        put("jh-economist", ACTUALS + "/" + id, "\"0\"", actual(unit, 2023, 3, "PERSONNEL", "-1700000")).then()
                .statusCode(412);
        BudgetApi_putWithoutIfMatch(id, actual(unit, 2023, 3, "PERSONNEL", "-1700000"));
        put("jh-economist", ACTUALS + "/" + id, "\"1\"", actual(unit, 2023, 4, "DRUGS", "-1")).then()
                .statusCode(400).body("violations.field", equalTo(List.of("month", "category")));

        get("jh-viewer", "/api/v1/changes?aggregateId=" + id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.version", equalTo(List.of(1, 0)))
                .body("items.changedBy", equalTo(List.of("jh-admin", "jh-economist")))
                .body("items.state.amount", equalTo(List.of(new BigDecimal("-1600000.00"), new BigDecimal("-1500000.50"))));
        get("nb-viewer", ACTUALS + "/" + id).then().statusCode(404);
        get("nb-viewer", ACTUALS).then().statusCode(200).body("items.id", not(hasItem(id)));
        get("nb-viewer", "/api/v1/changes?aggregateId=" + id).then().statusCode(200).body("total", equalTo(0));
        put("nb-admin", ACTUALS + "/" + id, "\"1\"", actual(unit, 2023, 3, "PERSONNEL", "-1")).then().statusCode(404);
    }

    private static void BudgetApi_putWithoutIfMatch(String id, String body) {
        io.restassured.RestAssured.given().header("Authorization", se.styrkort.testsupport.Tokens.bearer("jh-economist"))
                .contentType("application/json").body(body).put(ACTUALS + "/" + id).then().statusCode(428);
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        UUID unit = unit("jh");
        UUID nbUnit = unit("nb");
        post("jh-economist", ACTUALS, "{\"month\":13}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("amount", "category", "month", "orgUnitId", "year")));
        post("jh-economist", ACTUALS, actual(unit, 2023, 1, "PERSONNEL", "\"forty\"")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", ACTUALS, actual(unit, 2023, 1, "PERSONNEL", "-12345678901234567")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", ACTUALS, actual(unit, 2023, 1, "PERSONNEL", "-1.005")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", ACTUALS, actual(unit, 2023, 1, "TRAVEL", "-1")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("category")));
        post("jh-economist", ACTUALS, actual(unit, 2023, 1, "PERSONNEL", "5")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")))
                .body("violations[0].message", equalTo("costs are negative"));
        post("jh-economist", ACTUALS, actual(unit, 2023, 1, "EXTERNAL_REVENUE", "-5")).then().statusCode(400)
                .body("violations[0].message", equalTo("revenues are positive"));
        // Another region's unit and a unit that does not exist get the same answer.
        post("jh-economist", ACTUALS, actual(nbUnit, 2023, 1, "PERSONNEL", "-1")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId")))
                .body("violations[0].message", equalTo("no org unit with this id"));
        post("jh-economist", ACTUALS, actual(UUID.randomUUID(), 2023, 1, "PERSONNEL", "5")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId", "amount")))
                .body("violations[0].message", equalTo("no org unit with this id"));
        post("jh-viewer", ACTUALS, actual(unit, 2023, 1, "PERSONNEL", "-1")).then().statusCode(403);
        post("jh-reporter", ACTUALS, actual(unit, 2023, 1, "PERSONNEL", "-1")).then().statusCode(403);
        get("jh-viewer", ACTUALS + "/accumulated?orgUnitId=" + nbUnit + "&year=2023&month=1").then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId")));
        get("jh-viewer", ACTUALS + "?category=TRAVEL").then().statusCode(400);
        get("jh-viewer", ACTUALS + "?orgUnitId=" + unit).then().statusCode(200).body("total", equalTo(0));
    }
}
