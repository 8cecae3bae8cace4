package se.styrkort.goals.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;
import static se.styrkort.goals.api.Api.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Who changed which target, when, from what to what: per indicator, year by year. */
@QuarkusTest
class TargetHistoryTest {

    static Map<String, Object> indicator(String goal, List<Map<String, Object>> targets) {
        return json("goalId", goal, "name", "Antibiotikaförskrivning", "unitOfMeasure", "recept per 1000 inv",
                "direction", "LOWER_IS_BETTER", "targets", targets);
    }

    @Test
    void everyChangedYearIsKeptWithWhoAndWhen() {
        String unit = Api.unit("jh-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String plan = Api.plan("jh-planner", "Regionplan 2023-2025", 2023, 2025, unit);
        String goal = create("jh-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit,
                "title", "Minskad antibiotikaförskrivning"));
        String id = create("jh-planner", "/api/v1/indicators", indicator(goal, List.of(
                json("year", 2023, "kind", "AT_MOST", "value", 250.0, "wording", "Mindre än 250"),
                json("year", 2024, "kind", "AT_MOST", "value", 230.0))));
        // 2023 rewritten with the same value, 2024 lowered, 2025 added: two changes, not three.
        put("jh-admin", "/api/v1/indicators/" + id, 0, indicator(goal, List.of(
                json("year", 2023, "kind", "AT_MOST", "value", 250.00, "wording", "Mindre än 250"),
                json("year", 2024, "kind", "AT_MOST", "value", 220.0, "wording", "Mindre än 220"),
                json("year", 2025, "kind", "UNDEFINED", "wording", "Kompletteras senare")))).then().statusCode(200);
        put("jh-planner", "/api/v1/indicators/" + id, 1, indicator(goal, List.of(
                json("year", 2023, "kind", "AT_MOST", "value", 250.0, "wording", "Mindre än 250"),
                json("year", 2024, "kind", "AT_MOST", "value", 220.0, "wording", "Mindre än 220")))).then().statusCode(200);

        get("jh-viewer", "/api/v1/indicators/" + id + "/target-history").then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].year", equalTo(2023)).body("items[0].before", nullValue())
                .body("items[0].after.value", equalTo(250.0f)).body("items[0].changedBy", equalTo("jh-planner"))
                .body("items[2].year", equalTo(2024)).body("items[2].before.value", equalTo(230.0f))
                .body("items[2].after.value", equalTo(220.0f)).body("items[2].after.wording", equalTo("Mindre än 220"))
                .body("items[2].changedBy", equalTo("jh-admin")).body("items[2].changedAt", notNullValue())
                .body("items[3].year", equalTo(2025)).body("items[3].after.kind", equalTo("UNDEFINED"))
                .body("items[4].year", equalTo(2025)).body("items[4].before.kind", equalTo("UNDEFINED"))
                .body("items[4].after", nullValue());
        get("nb-admin", "/api/v1/indicators/" + id + "/target-history").then().statusCode(404);
        get("jh-viewer", "/api/v1/indicators/" + java.util.UUID.randomUUID() + "/target-history").then().statusCode(404);
    }
}
