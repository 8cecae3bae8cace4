package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * A measured outcome (utfall): the value of one indicator for one org unit and period, by gender.
 * (indicator, org unit, period, value kind) is its natural identity; a corrected value is a new
 * version of the same measurement, each version kept as a {@link MeasurementRevision}.
 */
@Entity
@Table(name = "measurement")
public class Measurement extends Tracked {

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

    /** The outcome of an ACTIVITY indicator, which takes a state instead of numbers. */
    @Enumerated(EnumType.STRING)
    public ActivityState activityState;

    public String sourceSystem;

    public String externalRowId;

    public GenderValues values() {
        return new GenderValues(total, women, men);
    }

    void values(GenderValues values) {
        total = values.total();
        women = values.women();
        men = values.men();
    }

    @Override
    public String aggregateType() {
        return "measurement";
    }
}
