package se.styrkort.outcomes.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.outcomes.domain.GoalReason;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;

/**
 * A goal's status for a period as the API shows it: the computed status and
 * why, the assessed one and its justification when an assessment overrides it, the status that
 * counts, and the indicator statuses behind it.
 */
public record GoalStatusView(UUID id, UUID goalId, UUID planId, UUID orgUnitId, String period, Status computedStatus,
        GoalReason reason, Status assessedStatus, String justification, Status status,
        List<IndicatorEntry> indicators, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    /** One indicator's status behind the goal's. */
    public record IndicatorEntry(UUID indicatorId, Status status, Reason reason) {
    }

    public static GoalStatusView of(GoalStatus g) {
        return new GoalStatusView(g.id, g.goalId, g.planId, g.orgUnitId, g.period, g.computedStatus, g.reason,
                g.assessedStatus, g.justification, g.status(),
                g.indicators().stream().map(i -> new IndicatorEntry(i.indicatorId(), i.status(), i.reason())).toList(),
                g.version,
                g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }
}
