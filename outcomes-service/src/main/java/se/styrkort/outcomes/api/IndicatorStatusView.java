package se.styrkort.outcomes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.TargetState;
import se.styrkort.outcomes.domain.ValueKind;

/**
 * An indicator's status for an org unit and period as the API shows it:
 * the outcome, the target, what the outcome was compared with and the tolerance used.
 */
public record IndicatorStatusView(UUID id, UUID indicatorId, UUID goalId, UUID planId, UUID orgUnitId, String period,
        Status status, Reason reason, BigDecimal total, BigDecimal women, BigDecimal men, ValueKind valueKind,
        TargetState target, BigDecimal comparedWith, BigDecimal tolerance, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public static IndicatorStatusView of(IndicatorStatus s) {
        return new IndicatorStatusView(s.id, s.indicatorId, s.goalId, s.planId, s.orgUnitId, s.period, s.status,
                s.reason, s.total, s.women, s.men, s.valueKind, s.target(),
                s.comparedWith, s.tolerance, s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }
}
