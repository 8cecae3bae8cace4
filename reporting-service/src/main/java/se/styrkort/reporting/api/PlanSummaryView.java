package se.styrkort.reporting.api;

import java.util.UUID;

import se.styrkort.reporting.readmodel.PlanSummary;

/** A plan in reporting's lists. */
public record PlanSummaryView(UUID id, String name, int fromYear, int toYear, String status, long eventVersion) {

    public static PlanSummaryView of(PlanSummary p) {
        return new PlanSummaryView(p.id, p.name, p.fromYear, p.toYear, p.status, p.eventVersion);
    }
}
