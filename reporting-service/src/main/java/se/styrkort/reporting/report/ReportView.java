package se.styrkort.reporting.report;

import java.util.List;
import java.util.UUID;

/**
 * An interim or annual report assembled like the regions' own: the summary roll-up, one section per
 * strategy with its roll-up and goal table, then the economy (the revenue and cost table, the
 * budget frames per cost category), the investments and the staff figures.
 */
public record ReportView(UUID planId, String planName, String period, String previousPeriod, RollupView summary,
        List<Section> sections, List<AccountLine> revenuesAndCosts, List<EconomyLine> economy,
        List<InvestmentLine> investments,
        List<InvestmentLine.CategoryTotal> investmentTotals, List<StaffLine> staff) {

    /** One strategy: its roll-up and its goals (the goal table). */
    public record Section(UUID strategyId, String strategyName, RollupView rollup, List<GoalDetail> goals) {
    }
}
