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
 * The computed status of one indicator for one org unit and period, with the numbers that made
 * it. Its id is derived from what it is about, so that every service names it alike.
 */
@Entity
@Table(name = "indicator_status")
public class IndicatorStatus extends Tracked {

    @Column(nullable = false)
    public UUID indicatorId;

    public UUID goalId;

    public UUID planId;

    @Column(nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    /** The outcome compared: the total of the accumulated measurement where there is one, else the period's. */
    @Column(name = "value")
    public BigDecimal total;

    public BigDecimal women;

    public BigDecimal men;

    @Enumerated(EnumType.STRING)
    public ValueKind valueKind;

    /** The target of the period's year as goals-service published it, as JSON; null without one. */
    @Column(name = "target")
    public String targetJson;

    public BigDecimal comparedWith;

    public BigDecimal tolerance;

    /** Whether an outcome is recorded; a due period without one is what missing-reports lists. */
    @Column(nullable = false)
    public boolean measured;

    /** The target of the period's year as goals-service published it; null without one. */
    public TargetState target() {
        return StoredJson.read(targetJson, TargetState.class);
    }

    @Override
    public String aggregateType() {
        return "indicator-status";
    }
}
