package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import se.styrkort.platform.domain.Revision;
import se.styrkort.platform.events.ChangeType;

/**
 * One version of a measurement as it was written, by whom and when: a region must be able to show
 * what an outcome was before it was corrected (docs/architecture.md, "Security and roles"). Never changed once written.
 */
@Entity
@Immutable
@Table(name = "measurement_revision")
public class MeasurementRevision extends Revision {

    @Column(nullable = false)
    public UUID measurementId;

    @Column(nullable = false)
    public UUID indicatorId;

    @Column(nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ValueKind valueKind;

    public BigDecimal total;

    public BigDecimal women;

    public BigDecimal men;

    @Enumerated(EnumType.STRING)
    public ActivityState activityState;

    public String sourceSystem;

    public String externalRowId;

    static MeasurementRevision of(Measurement m, ChangeType changeType) {
        MeasurementRevision r = new MeasurementRevision();
        r.versionOf(m, changeType);
        r.tenant = m.tenant;
        r.measurementId = m.id;
        r.indicatorId = m.indicatorId;
        r.orgUnitId = m.orgUnitId;
        r.period = m.period;
        r.valueKind = m.valueKind;
        r.total = m.total;
        r.women = m.women;
        r.men = m.men;
        r.activityState = m.activityState;
        r.sourceSystem = m.sourceSystem;
        r.externalRowId = m.externalRowId;
        return r;
    }
}
