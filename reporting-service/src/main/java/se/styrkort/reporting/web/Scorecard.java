package se.styrkort.reporting.web;

import java.util.List;
import java.util.UUID;

import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.rollup.GoalLine;

/**
 * A plan's scorecard for a period (the report's "sammanställning av måluppfyllelse"): the whole
 * plan's roll-up and one per strategy, with the goals under each, optionally for one unit's goals.
 */
public record Scorecard(PlanSummary plan, String period, List<PeriodOption> periods, List<Unit> units, UUID unit,
        RollupView total, List<Row> strategies, long version) {

    /** A unit that owns goals of the plan, as the filter offers it. */
    public record Unit(UUID id, String name, boolean selected) {
    }

    /** A strategy's roll-up and its goals. */
    public record Row(RollupView rollup, List<GoalLine> goals) {
    }

    public String unitName() {
        return units.stream().filter(Unit::selected).map(Unit::name).findFirst().orElse(null);
    }
}
