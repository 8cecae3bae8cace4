package se.styrkort.demo.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.BudgetFile;
import se.styrkort.demo.data.PlanFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Sets budget frames and records their adjustments through budget-service as the organization's
 * economist. A frame is one per unit, year and kind, so an existing one is kept; an adjustment of
 * that frame with the same reason is kept too.
 */
final class BudgetLoader extends EconomyLoader {

    static final BigDecimal MILLION = new BigDecimal("1000000");

    BudgetLoader(Api budget, String economist, Map<String, String> units) {
        super(budget, economist, units);
    }

    void load(BudgetFile file) {
        // budget-service accepts frames only for org units it has from styrkort.goals.
        List<String> needed = java.util.stream.Stream.concat(PlanFile.list(file.frames()).stream().map(BudgetFile.Frame::unit),
                PlanFile.list(file.adjustments()).stream().map(BudgetFile.Adjustment::unit)).distinct().map(this::unit)
                .toList();
        budget.awaitKnown(economist, "/api/v1/org-units", needed, java.time.Duration.ofSeconds(60));
        int frames = 0;
        int adjustments = 0;
        for (BudgetFile.Frame f : PlanFile.list(file.frames())) {
            if (frame(f.unit(), f.year(), f.kind(), f).created()) {
                frames++;
            }
        }
        for (BudgetFile.Adjustment a : PlanFile.list(file.adjustments())) {
            JsonNode frame = frame(a.unit(), a.year(), a.frameKind(), null).item();
            Api.Created adjustment = budget.findOrCreate(economist, "/api/v1/adjustments",
                    Map.of("orgUnitId", unit(a.unit()), "year", Integer.toString(a.year())),
                    n -> frame.path("id").asText().equals(n.path("frameId").asText())
                            && a.reason().equals(n.path("reason").asText()),
                    Body.of().put("frameId", frame.path("id").asText()).put("effectiveYear", a.year())
                            .put("kind", a.kind()).put("part", a.part()).put("amount", sek(a.amount()))
                            .put("reason", a.reason()).put("decisionRef", a.decisionRef()).map());
            if (adjustment.created()) {
                adjustments++;
            }
        }
        Log.info("budget of " + file.seed() + ": " + PlanFile.list(file.frames()).size() + " frames (" + frames
                + " created), " + PlanFile.list(file.adjustments()).size() + " adjustments (" + adjustments + " created)");
    }

    private Api.Created frame(String unitKey, int year, String kind, BudgetFile.Frame toCreate) {
        String unitId = unit(unitKey);
        var found = budget.find(economist, "/api/v1/budget-frames", Map.of("orgUnitId", unitId, "year", Integer.toString(year)),
                Api.field("kind", kind));
        if (found.isPresent()) {
            return new Api.Created(found.get(), false);
        }
        if (toCreate == null) {
            throw new LoadFailure("no " + kind + " frame " + year + " of " + unitKey + " to adjust");
        }
        List<Map<String, Object>> lines = toCreate.lines().stream().map(l -> Body.of().put("category", l.category())
                .put("officials", sek(l.officials())).put("electedMembers", sek(l.electedMembers())).map()).toList();
        return new Api.Created(budget.post(economist, "/api/v1/budget-frames", Body.of().put("orgUnitId", unitId)
                .put("year", year).put("kind", kind).put("lines", lines).map()), true);
    }

    static BigDecimal sek(BigDecimal mkr) {
        return mkr == null ? BigDecimal.ZERO.setScale(2) : mkr.multiply(MILLION).setScale(2);
    }

    private String unit(String key) {
        String id = units.get(key);
        if (id == null) {
            throw new LoadFailure("unknown org unit key '" + key + "'");
        }
        return id;
    }
}
