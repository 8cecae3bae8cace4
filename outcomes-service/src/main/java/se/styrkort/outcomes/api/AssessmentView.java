package se.styrkort.outcomes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.Status;

/** An assessment as the API shows it. */
public record AssessmentView(UUID id, UUID goalId, UUID indicatorId, UUID planId, UUID orgUnitId, String period,
        Status computedStatus, Status assessedStatus, String justification, String analysis, String plannedActions,
        BigDecimal forecastValue, Status forecastStatus, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id, a.goalId, a.indicatorId, a.planId, a.orgUnitId, a.period, a.computedStatus,
                a.assessedStatus, a.justification, a.analysis, a.plannedActions, a.forecastValue, a.forecastStatus,
                a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
