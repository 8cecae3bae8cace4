package se.styrkort.outcomes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.ValueKind;

/** A measurement as the API shows it. */
public record MeasurementView(UUID id, UUID indicatorId, UUID orgUnitId, String period, ValueKind valueKind,
        BigDecimal total, BigDecimal women, BigDecimal men, ActivityState activityState, String sourceSystem,
        String externalRowId, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static MeasurementView of(Measurement m) {
        return new MeasurementView(m.id, m.indicatorId, m.orgUnitId, m.period, m.valueKind, m.total, m.women, m.men,
                m.activityState, m.sourceSystem, m.externalRowId, m.version, m.createdAt, m.createdBy, m.updatedAt,
                m.updatedBy);
    }
}
