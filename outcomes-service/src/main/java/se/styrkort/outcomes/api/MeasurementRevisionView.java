package se.styrkort.outcomes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.MeasurementRevision;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.platform.events.ChangeType;

/** One version of a measurement: what it was, who made it so and when. */
public record MeasurementRevisionView(long version, ChangeType changeType, UUID indicatorId, UUID orgUnitId,
        String period, ValueKind valueKind, BigDecimal total, BigDecimal women, BigDecimal men,
        ActivityState activityState, String sourceSystem, String externalRowId, Instant changedAt, String changedBy) {

    public static MeasurementRevisionView of(MeasurementRevision r) {
        return new MeasurementRevisionView(r.version, r.changeType, r.indicatorId, r.orgUnitId, r.period, r.valueKind,
                r.total, r.women, r.men, r.activityState, r.sourceSystem, r.externalRowId, r.changedAt, r.changedBy);
    }
}
