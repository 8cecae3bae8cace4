package se.styrkort.budget.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.styrkort.budget.BudgetApi.adjustment;
import static se.styrkort.budget.BudgetApi.costFrame;
import static se.styrkort.budget.BudgetApi.frame;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.line;
import static se.styrkort.budget.BudgetApi.mkr;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BudgetAdjustmentResourceTest {

    private static final String FRAMES = "/api/v1/budget-frames";
    private static final String ADJUSTMENTS = "/api/v1/adjustments";

    static String committeeFrame2022(UUID unit) {
        return frame(unit, 2022, "BUDGET", line("PERSONNEL", mkr("-2000.0"), mkr("-3.1")),
                line("OTHER_EXTERNAL_COSTS", mkr("-895.2"), 0));
    }

    /**
     * 000_…: "Tjänstemannabudget 2022 är därför förändrad från -2895,2 mkr till -2972,2 mkr" by a
     * one-off reallocation of 40 mkr and the nurses' pay rise of 37 mkr (HSN/726/2022); with the
     * elected members' −3,1 mkr the total net frame is −2 975,3 mkr.
     */
    @Test
    void theCommitteesFrameOf2022ChangesByItsTwoAdjustments() {
        UUID unit = unit("jh");
        String frameId = post("jh-economist", FRAMES, committeeFrame2022(unit)).then().statusCode(201)
                .extract().path("id");

        post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", mkr("-40"), null))
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("part", equalTo("OFFICIALS"))
                .body("decisionRef", equalTo(null));
        String nurses = post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "PERMANENT", mkr("-37"),
                "HSN/726/2022")).then().statusCode(201)
                .body("frameId", equalTo(frameId))
                .body("effectiveYear", equalTo(2022))
                .body("kind", equalTo("PERMANENT"))
                .body("amount", equalTo(mkr("-37")))
                .body("decisionRef", equalTo("HSN/726/2022"))
                .body("createdBy", equalTo("jh-economist"))
                .extract().path("id");

        get("jh-viewer", FRAMES + "/" + frameId).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("adopted.officials", equalTo(mkr("-2895.2")))
                .body("adopted.net", equalTo(mkr("-2898.3")))
                .body("adjustments.officials", equalTo(mkr("-77")))
                .body("adjustments.electedMembers", equalTo(mkr("0")))
                .body("current.officials", equalTo(mkr("-2972.2")))
                .body("current.electedMembers", equalTo(mkr("-3.1")))
                .body("current.net", equalTo(mkr("-2975.3")))
                .body("updatedBy", equalTo("jh-economist"));
        get("jh-viewer", ADJUSTMENTS + "?orgUnitId=" + unit + "&year=2022").then().statusCode(200)
                .body("total", equalTo(2)).body("items.decisionRef", hasItem("HSN/726/2022"));
        get("jh-viewer", ADJUSTMENTS + "?orgUnitId=" + unit + "&year=2023").then().statusCode(200)
                .body("total", equalTo(0));
        get("jh-viewer", ADJUSTMENTS + "/" + nurses).then().statusCode(200).header("ETag", "\"0\"")
                .body("reason", equalTo("Extra lönesatsning för sjuksköterskor"));
        // Each version of the frame is kept with who made it and when: −2 895,2, −2 935,2, −2 972,2 mkr.
        get("jh-viewer", FRAMES + "/" + frameId + "/revisions").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.version", equalTo(List.of(0, 1, 2)))
                .body("items.changeType", equalTo(List.of("CREATED", "UPDATED", "UPDATED")))
                .body("items.changedBy", equalTo(List.of("jh-economist", "jh-economist", "jh-economist")))
                .body("items.state.current.officials", equalTo(List.of(mkr("-2895.2"), mkr("-2935.2"),
                        mkr("-2972.2"))))
                .body("items[2].state.adopted.officials", equalTo(mkr("-2895.2")));
        get("nb-admin", FRAMES + "/" + frameId + "/revisions").then().statusCode(404);
    }

    @Test
    void aChangedAdjustmentNeedsItsVersionAndChangesTheFrame() {
        String frameId = post("jh-economist", FRAMES, committeeFrame2022(unit("jh"))).then().statusCode(201)
                .extract().path("id");
        String id = post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "PERMANENT", mkr("-1.5"),
                "HSN/673/2022")).then().statusCode(201).extract().path("id");

        put("jh-admin", ADJUSTMENTS + "/" + id, "\"0\"", adjustment(frameId, 2022, "PERMANENT", mkr("-3.1"),
                "HSN/85/2022")).then().statusCode(200).header("ETag", "\"1\"")
                .body("amount", equalTo(mkr("-3.1"))).body("updatedBy", equalTo("jh-admin"));
        put("jh-economist", ADJUSTMENTS + "/" + id, "\"0\"", adjustment(frameId, 2022, "PERMANENT", mkr("-1"),
                "HSN/85/2022")).then().statusCode(412).contentType("application/problem+json");
        put("jh-economist", ADJUSTMENTS + "/" + id, "\"1\"", adjustment(UUID.randomUUID(), 2022, "PERMANENT",
                mkr("-1"), null)).then().statusCode(400).body("violations[0].field", equalTo("frameId"));
        get("jh-viewer", FRAMES + "/" + frameId).then().statusCode(200)
                .body("adjustments.net", equalTo(mkr("-3.1")))
                .body("current.officials", equalTo(mkr("-2898.3")));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        String frameId = post("jh-economist", FRAMES, costFrame(unit("jh"), 2022, "BUDGET", "-100"))
                .then().statusCode(201).extract().path("id");

        post("jh-economist", ADJUSTMENTS, "{\"effectiveYear\":1999,\"reason\":\" \"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("amount", "effectiveYear", "frameId", "kind", "reason")));
        for (String bad : List.of("HSN-726-2022", "HSN/726/22", "726/2022", "HSN/726/2022 samt RS/397/2022")) {
            post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "-1", bad)).then()
                    .statusCode(400).body("violations.field", equalTo(List.of("decisionRef")));
        }
        post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "-1", "RS/452/2022")).then()
                .statusCode(201);
        post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2023, "ONE_OFF", "-1", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("effectiveYear")));
        post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "SOMETIMES", "-1", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("kind")));
        post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "\"forty\"", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "-1.001", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("amount")));
        post("jh-economist", ADJUSTMENTS, adjustment(UUID.randomUUID(), 2022, "ONE_OFF", "-1", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("frameId")));
        post("jh-viewer", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "-1", null)).then().statusCode(403);
    }

    @Test
    void anotherRegionsAdjustmentsAndFramesDoNotExistForYou() {
        String frameId = post("jh-economist", FRAMES, costFrame(unit("jh"), 2022, "BUDGET", "-100"))
                .then().statusCode(201).extract().path("id");
        String id = post("jh-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "-1", null))
                .then().statusCode(201).extract().path("id");

        get("nb-admin", ADJUSTMENTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        get("nb-admin", ADJUSTMENTS).then().statusCode(200).body("items.id", not(hasItem(id)));
        put("nb-admin", ADJUSTMENTS + "/" + id, "\"0\"", adjustment(frameId, 2022, "ONE_OFF", "-2", null))
                .then().statusCode(404);
        post("nb-economist", ADJUSTMENTS, adjustment(frameId, 2022, "ONE_OFF", "-1", null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("frameId")));
        get("jh-viewer", FRAMES + "/" + frameId).then().statusCode(200).body("adjustments.net",
                equalTo(new BigDecimal("-1.00")));
    }
}
