package se.styrkort.reporting.web;

import java.util.List;
import java.util.TreeSet;

import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.readmodel.PlanSummary;

/** A period the picker offers: the plan's tertials and years, and every other period it has statuses for. */
public record PeriodOption(String value, String label, boolean selected) {

    public static List<PeriodOption> of(PlanSummary plan, List<String> withStatuses, String selected) {
        TreeSet<String> periods = new TreeSet<>(WebPeriods.ORDER);
        for (int y = plan.fromYear; y <= plan.toYear; y++) {
            periods.add(y + "-T1");
            periods.add(y + "-T2");
            periods.add(y + "-T3");
            periods.add(Integer.toString(y));
        }
        periods.addAll(withStatuses);
        if (selected != null) {
            periods.add(selected);
        }
        return periods.stream().map(p -> new PeriodOption(p, Sv.period(p), p.equals(selected))).toList();
    }

    /** The period a plan opens with: the latest that has statuses, else the plan's first tertial 2. */
    public static String initial(PlanSummary plan, List<String> withStatuses) {
        return withStatuses.stream().max(WebPeriods.ORDER).orElse(plan.fromYear + "-T2");
    }

    static Period parse(String period) {
        try {
            return Period.parse(period);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
