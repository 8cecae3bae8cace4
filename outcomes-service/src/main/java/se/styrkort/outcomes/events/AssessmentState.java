package se.styrkort.outcomes.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.Status;

/**
 * An assessment as {@code se.styrkort.assessment.changed.v1} carries it
 * (schemas/assessment.changed.v1.json); its revisions keep this state too.
 */
public record AssessmentState(UUID id, UUID goalId, UUID indicatorId, UUID planId, UUID orgUnitId, String period,
        Status computedStatus, Status assessedStatus, String justification, String analysis, String plannedActions,
        BigDecimal forecastValue, Status forecastStatus, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    public static AssessmentState of(Assessment a) {
        return new AssessmentState(a.id, a.goalId, a.indicatorId, a.planId, a.orgUnitId, a.period, a.computedStatus,
                a.assessedStatus, a.justification, a.analysis, a.plannedActions, a.forecastValue, a.forecastStatus,
                a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
