package se.styrkort.budget.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.budget.BudgetApi.adjustment;
import static se.styrkort.budget.BudgetApi.frame;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.line;
import static se.styrkort.budget.BudgetApi.mkr;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.unit;
import static se.styrkort.budget.BudgetApi.units;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BudgetGapTest {

    private static final String FRAMES = "/api/v1/budget-frames";

    /** 000_…, "Budgetgap (differens mellan registrerad detaljbudget och budgetramar)" per division. */
    @Test
    void theDivisionsDetailedBudgetAgainstTheFrame() {
        UUID administration = unit("jh");
        List<UUID> divisions = units("jh", administration, 3);
        String frameId = post("jh-economist", FRAMES, frame(administration, 2023, "BUDGET",
                line("PERSONNEL", mkr("-100"), 0), line("DRUGS", mkr("-20"), 0))).then().statusCode(201)
                .extract().path("id");
        post("jh-economist", FRAMES, frame(divisions.get(0), 2023, "BUDGET", line("PERSONNEL", mkr("-60"), 0)))
                .then().statusCode(201);
        post("jh-economist", FRAMES, frame(divisions.get(1), 2023, "BUDGET", line("PERSONNEL", mkr("-45"), 0),
                line("DRUGS", mkr("-20"), 0))).then().statusCode(201);

        get("jh-viewer", "/api/v1/budget-gaps?orgUnitId=" + administration + "&year=2023").then().statusCode(200)
                .body("frameId", equalTo(frameId))
                .body("children.size()", equalTo(3))
                .body("children.find { it.orgUnitId == '" + divisions.get(2) + "' }.frameId", nullValue())
                .body("categories.category", equalTo(List.of("PERSONNEL", "DRUGS")))
                .body("categories[0].frame", equalTo(mkr("-100")))
                .body("categories[0].registered", equalTo(mkr("-105")))
                .body("categories[0].gap", equalTo(mkr("-5")))
                .body("categories[1].gap", equalTo(mkr("0")))
                .body("total.gap", equalTo(mkr("-5")));
        // The frame grows by 5 mkr: the gap in all closes; by category it is the adopted frame's.
        post("jh-economist", "/api/v1/adjustments", adjustment(frameId, 2023, "PERMANENT", mkr("-5"), "HSN/85/2022"))
                .then().statusCode(201);
        get("jh-viewer", "/api/v1/budget-gaps?orgUnitId=" + administration + "&year=2023").then().statusCode(200)
                .body("total.frame", equalTo(mkr("-125"))).body("total.gap", equalTo(mkr("0")))
                .body("categories[0].gap", equalTo(mkr("-5")));
        get("nb-viewer", "/api/v1/budget-gaps?orgUnitId=" + administration + "&year=2023").then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId")));
        get("jh-viewer", "/api/v1/budget-gaps?orgUnitId=" + administration + "&year=2023&kind=FORECAST").then()
                .statusCode(400).body("violations.field", equalTo(List.of("kind")));
    }
}
