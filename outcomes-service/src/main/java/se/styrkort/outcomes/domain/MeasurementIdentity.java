package se.styrkort.outcomes.domain;

import java.util.UUID;

/** What makes two recordings the same measurement: indicator, org unit, period and value kind. */
public record MeasurementIdentity(UUID indicatorId, UUID orgUnitId, String period, ValueKind valueKind) {

    public static MeasurementIdentity of(Measurement m) {
        return new MeasurementIdentity(m.indicatorId, m.orgUnitId, m.period, m.valueKind);
    }
}
