package se.styrkort.outcomes.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.outcomes.domain.GoalReason;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;

/**
 * A goal's status as {@code se.styrkort.goal-status.changed.v1} carries it
 * (schemas/goal-status.changed.v1.json): the computed status and its {@code reason}, the assessed
 * one and its justification, the status that counts, and the indicator statuses behind it.
 */
public record GoalStatusState(UUID id, UUID goalId, UUID planId, UUID orgUnitId, String period, Status computedStatus,
        GoalReason reason, Status assessedStatus, String justification, Status status, List<Indicator> indicators,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** One indicator's status behind the goal's. */
    public record Indicator(UUID indicatorId, Status status, Reason reason) {
    }

    public static GoalStatusState of(GoalStatus g) {
        return new GoalStatusState(g.id, g.goalId, g.planId, g.orgUnitId, g.period, g.computedStatus, g.reason,
                g.assessedStatus, g.justification, g.status(),
                g.indicators().stream().map(i -> new Indicator(i.indicatorId(), i.status(), i.reason())).toList(),
                g.version, g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }
}
