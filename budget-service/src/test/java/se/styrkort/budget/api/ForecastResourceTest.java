package se.styrkort.budget.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.send;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ForecastResourceTest {

    private static final String FORECASTS = "/api/v1/forecasts";

    static String forecast(UUID unit, int year, String category, Object amount, String comment) {
        return "{\"orgUnitId\":\"" + unit + "\",\"year\":" + year + ",\"category\":\"" + category + "\",\"amount\":"
                + amount + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
    }

    @Test
    void theRunRateStandsBesideTheEconomistsForecastAndFollowsTheActuals() {
        UUID unit = unit("jh");
        String id = post("jh-economist", FORECASTS, forecast(unit, 2023, "PERSONNEL", "-1500000", null)).then()
                .statusCode(201).header("ETag", "\"0\"").body("runRate", nullValue()).extract().path("id");
        send("jh-economist", "/api/v1/actuals/imports", "text/csv", "orgUnitId;period;category;amount\n"
                + unit + ";2023-01;PERSONNEL;-100000\n" + unit + ";2023-02;PERSONNEL;-110000\n"
                + unit + ";2023-03;PERSONNEL;-120000\n" + unit + ";2023-03;DRUGS;-5000\n").then().statusCode(200)
                .body("accepted", equalTo(4));
        // January to March, 330 000 spent: 1 320 000 over the year at that pace.
        get("jh-viewer", FORECASTS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("amount", equalTo(new BigDecimal("-1500000.00")))
                .body("runRate", equalTo(new BigDecimal("-1320000.00")));
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 4, "PERSONNEL", "-130000")).then().statusCode(201);
        get("jh-viewer", FORECASTS + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("runRate", equalTo(new BigDecimal("-1380000.00")));

        put("jh-economist", FORECASTS + "/" + id, "\"2\"", forecast(unit, 2023, "PERSONNEL", "-1400000",
                "Vakanser under våren")).then().statusCode(200).header("ETag", "\"3\"")
                .body("comment", equalTo("Vakanser under våren"))
                .body("runRate", equalTo(new BigDecimal("-1380000.00")));
        put("jh-economist", FORECASTS + "/" + id, "\"2\"", forecast(unit, 2023, "PERSONNEL", "-1", null)).then()
                .statusCode(412);
        get("jh-viewer", FORECASTS + "?orgUnitId=" + unit + "&year=2023&category=PERSONNEL").then().statusCode(200)
                .body("total", equalTo(1));
        get("jh-viewer", "/api/v1/changes?aggregateType=forecast&aggregateId=" + id).then().statusCode(200)
                .body("items.changedBy", equalTo(List.of("jh-economist", "jh-economist", "jh-economist",
                        "jh-economist")));
    }

    @Test
    void badInputAndConflicts() {
        UUID unit = unit("jh");
        UUID nbUnit = unit("nb");
        post("jh-economist", FORECASTS, forecast(unit, 2023, "PERSONNEL", "100", null)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")))
                .body("violations[0].message", equalTo("costs are negative"));
        post("jh-economist", FORECASTS, forecast(unit, 2023, "TRAVEL", "-100", null)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("category")));
        post("jh-economist", FORECASTS, forecast(unit, 2023, "DRUGS", "\"lots\"", null)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", FORECASTS, forecast(unit, 2023, "DRUGS", "-12345678901234567", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", FORECASTS, forecast(nbUnit, 2023, "DRUGS", "-1", null)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId")));
        String id = post("jh-economist", FORECASTS, forecast(unit, 2023, "DRUGS", "-1", null)).then().statusCode(201)
                .extract().path("id");
        post("jh-economist", FORECASTS, forecast(unit, 2023, "DRUGS", "-2", null)).then().statusCode(409);
        put("jh-economist", FORECASTS + "/" + id, "\"0\"", forecast(unit, 2024, "PERSONNEL", "-2", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("year", "category")));
        get("nb-viewer", FORECASTS + "/" + id).then().statusCode(404);
        post("jh-reporter", FORECASTS, forecast(unit, 2023, "PERSONNEL", "-1", null)).then().statusCode(403);
    }
}
