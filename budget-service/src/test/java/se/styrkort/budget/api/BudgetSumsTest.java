package se.styrkort.budget.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
class BudgetSumsTest {

    private static final String FRAMES = "/api/v1/budget-frames";

    /**
     * 003_…: "Budgetramar per område inom regionstyrelsen" 2019–2022 (net costs in mkr, negative
     * here by the sign convention) sum to the board's total frame of each year.
     */
    @Test
    void theBoardsAreasSumToItsFrameOfEachYear() {
        List<UUID> board = units("jh", null, 3);
        UUID vardval = board.get(0);
        UUID regionstaben = board.get(1);
        UUID motsedda = board.get(2);
        String[][] table = {
                // year, kind, Vårdval, Regionstaben, Motsedda, Totalt Regionstyrelsen
                { "2019", "BUDGET", "723.0", "265.6", "182.1", "1170.7" },
                { "2020", "BUDGET", "783.1", "472.0", "204.8", "1459.9" },
                { "2021", "PLAN", "805.8", "480.2", "218.4", "1504.4" },
                { "2022", "PLAN", "827.5", "490.8", "231.9", "1550.2" } };
        UUID[] areas = { vardval, regionstaben, motsedda };
        for (String[] row : table) {
            for (int i = 0; i < areas.length; i++) {
                post("jh-economist", FRAMES, frame(areas[i], Integer.parseInt(row[0]), row[1],
                        line("OTHER_EXTERNAL_COSTS", mkr("-" + row[2 + i]), 0))).then().statusCode(201);
            }
        }
        String areasFilter = "&orgUnitId=" + vardval + "&orgUnitId=" + regionstaben + "&orgUnitId=" + motsedda;

        for (String[] row : table) {
            get("jh-viewer", FRAMES + "/sums?year=" + row[0] + "&kind=" + row[1] + areasFilter).then()
                    .statusCode(200)
                    .body("year", equalTo(Integer.parseInt(row[0])))
                    .body("kind", equalTo(row[1]))
                    .body("units", hasSize(3))
                    .body("categories.category", equalTo(List.of("OTHER_EXTERNAL_COSTS")))
                    .body("categories[0].net", equalTo(mkr("-" + row[5])))
                    .body("adopted.net", equalTo(mkr("-" + row[5])))
                    .body("current.net", equalTo(mkr("-" + row[5])));
        }
        // Plan years are not budget years: asked for budgets, 2021 has none of these units.
        get("jh-viewer", FRAMES + "/sums?year=2021" + areasFilter).then().statusCode(200)
                .body("kind", equalTo("BUDGET")).body("units", hasSize(0)).body("adopted.net", equalTo(mkr("0")));
    }

    @Test
    void sumsArePerCategoryAndCountAdjustments() {
        UUID medicin = unit("jh");
        UUID kirurgi = unit("jh");
        String medicinFrame = post("jh-economist", FRAMES, frame(medicin, 2023, "BUDGET",
                line("EXTERNAL_REVENUE", mkr("10"), 0), line("PERSONNEL", mkr("-500"), mkr("-1")),
                line("DRUGS", mkr("-80"), 0))).then().statusCode(201).extract().path("id");
        post("jh-economist", FRAMES, frame(kirurgi, 2023, "BUDGET",
                line("PERSONNEL", mkr("-400"), 0), line("INTERNAL_COSTS", mkr("-20"), 0))).then().statusCode(201);
        post("jh-economist", "/api/v1/adjustments", adjustment(medicinFrame, 2023, "PERMANENT", mkr("-1.5"),
                "HSN/673/2022")).then().statusCode(201);
        // Another region can set no frame for these units, so none enters these sums.
        post("nb-economist", FRAMES, frame(medicin, 2023, "BUDGET", line("DRUGS", mkr("-999"), 0)))
                .then().statusCode(400);

        get("jh-viewer", FRAMES + "/sums?year=2023&orgUnitId=" + medicin + "&orgUnitId=" + kirurgi).then()
                .statusCode(200)
                .body("categories.category", equalTo(List.of("EXTERNAL_REVENUE", "PERSONNEL", "DRUGS",
                        "INTERNAL_COSTS")))
                .body("categories[1].officials", equalTo(mkr("-900")))
                .body("categories[1].electedMembers", equalTo(mkr("-1")))
                .body("categories[1].net", equalTo(mkr("-901")))
                .body("categories[2].net", equalTo(mkr("-80")))
                .body("adopted.net", equalTo(mkr("-991")))
                .body("adjustments.officials", equalTo(mkr("-1.5")))
                .body("current.net", equalTo(mkr("-992.5")))
                .body("units.find { it.orgUnitId == '" + medicin + "' }.current.net", equalTo(mkr("-572.5")))
                .body("units.find { it.orgUnitId == '" + kirurgi + "' }.adopted.net", equalTo(mkr("-420")));
    }
}
