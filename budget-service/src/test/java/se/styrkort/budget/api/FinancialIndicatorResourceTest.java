package se.styrkort.budget.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FinancialIndicatorResourceTest {

    private static final String INDICATORS = "/api/v1/financial-indicators";

    static String id(UUID unit, String period, String code) {
        return UUID.nameUUIDFromBytes(("financial-indicator:region-jh:" + unit + ":" + period + ":" + code)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * 002_…, per August 2022 (tkr): net costs 925 064 against 1 014 109 the year before (−8,8 %),
     * gross costs 1 425 507 against 1 478 264 (−3,6 %). Booked here in August alone.
     */
    @Test
    void costDevelopmentsAndSelfFinancingAreDerivedFromTheInterimReportsFigures() {
        UUID board = unit("jh");
        // The frame whose eight twelfths are the seed's accumulated budget: revenues 354 605, costs −1 376 111.
        post("jh-economist", "/api/v1/budget-frames", frame(board, 2022, "BUDGET",
                line("EXTERNAL_REVENUE", tkr("531907.5"), 0), line("OTHER_EXTERNAL_COSTS", tkr("-2064166.5"), 0)))
                .then().statusCode(201);
        String json = "[" + actual(board, 2021, 8, "EXTERNAL_REVENUE", tkr("464155")) + ","
                + actual(board, 2021, 8, "OTHER_EXTERNAL_COSTS", tkr("-1422683")) + ","
                + actual(board, 2021, 8, "DEPRECIATION", tkr("-55581")) + ","
                + actual(board, 2022, 8, "EXTERNAL_REVENUE", tkr("500443")) + ","
                + actual(board, 2022, 8, "OTHER_EXTERNAL_COSTS", tkr("-1371311")) + ","
                + actual(board, 2022, 8, "DEPRECIATION", tkr("-54196")) + "]";
        send("jh-economist", "/api/v1/actuals/imports", "application/json", json).then().statusCode(200)
                .body("accepted", equalTo(6));

        get("jh-viewer", INDICATORS + "?orgUnitId=" + board + "&period=2022-T2&code=NET_COST_DEVELOPMENT").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id(board, "2022-T2", "NET_COST_DEVELOPMENT")))
                .body("items[0].value", equalTo(new BigDecimal("-8.80")));
        get("jh-viewer", INDICATORS + "/" + id(board, "2022-08", "GROSS_COST_DEVELOPMENT")).then().statusCode(200)
                .body("value", equalTo(new BigDecimal("-3.60"))).body("period", equalTo("2022-08"));
        get("jh-viewer", INDICATORS + "?orgUnitId=" + board + "&year=2022").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.period", hasItems("2022-08", "2022-T2"));

        // Self-financing: (result against the budget 96 442 + depreciation 54 196) / invested 200 000.
        String investment = post("jh-economist", "/api/v1/investments", "{\"orgUnitId\":\"" + board
                + "\",\"object\":\"Ambuss\",\"investmentType\":\"NEW\",\"category\":\"GRANTED\",\"amount\":"
                + tkr("250000") + ",\"years\":[2022]}").then().statusCode(201).extract().path("id");
        put("jh-economist", "/api/v1/investments/" + investment + "/follow-ups/2022-T2", "\"0\"",
                "{\"outcomeToDate\":" + tkr("200000") + "}").then().statusCode(200);
        get("jh-viewer", INDICATORS + "/" + id(board, "2022-T2", "SELF_FINANCING_DEGREE")).then().statusCode(200)
                .body("value", equalTo(new BigDecimal("75.30")));
        // A later actual changes the result and so the degree: 10 000 more revenue in July.
        post("jh-economist", "/api/v1/actuals", actual(board, 2022, 7, "EXTERNAL_REVENUE", tkr("10000"))).then()
                .statusCode(201);
        get("jh-viewer", INDICATORS + "/" + id(board, "2022-T2", "SELF_FINANCING_DEGREE")).then().statusCode(200)
                .header("ETag", "\"1\"").body("value", equalTo(new BigDecimal("80.30")));
    }

    @Test
    void supplierLoyaltyIsRecordedAndChangedWithItsVersion() {
        UUID unit = unit("jh");
        String body = "{\"orgUnitId\":\"" + unit + "\",\"period\":\"2022-t2\",\"value\":92.5}";
        put("jh-economist", INDICATORS + "/supplier-loyalty", "", body).then().statusCode(200)
                .header("ETag", "\"0\"").body("code", equalTo("SUPPLIER_LOYALTY")).body("period", equalTo("2022-T2"))
                .body("id", equalTo(id(unit, "2022-T2", "SUPPLIER_LOYALTY")));
        put("jh-economist", INDICATORS + "/supplier-loyalty", "", body.replace("92.5", "95")).then().statusCode(428);
        put("jh-economist", INDICATORS + "/supplier-loyalty", "\"1\"", body.replace("92.5", "95")).then()
                .statusCode(412);
        put("jh-admin", INDICATORS + "/supplier-loyalty", "\"0\"", body.replace("92.5", "95")).then().statusCode(200)
                .header("ETag", "\"1\"").body("value", equalTo(new BigDecimal("95.00")));
        put("jh-economist", INDICATORS + "/supplier-loyalty", "\"1\"", body.replace("92.5", "100.5")).then()
                .statusCode(400).body("violations.field", equalTo(List.of("value")));
        put("jh-economist", INDICATORS + "/supplier-loyalty", "",
                "{\"orgUnitId\":\"" + unit("nb") + "\",\"period\":\"2022\",\"value\":90}").then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId")));
        put("jh-economist", INDICATORS + "/supplier-loyalty", "", body.replace("2022-t2", "2022-T5")).then()
                .statusCode(400).body("violations.field", equalTo(List.of("period")));
        put("jh-viewer", INDICATORS + "/supplier-loyalty", "\"1\"", body).then().statusCode(403);
        get("nb-viewer", INDICATORS + "/" + id(unit, "2022-T2", "SUPPLIER_LOYALTY")).then().statusCode(404);
        get("jh-viewer", INDICATORS + "?code=LOYALTY").then().statusCode(400);
    }
}
