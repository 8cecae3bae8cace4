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
 * An assessment (bedömning) of a goal, or of an indicator at an org unit, for one period: the
 * computed status when it was written, the status its author assesses (with the justification
 * that requires), analysis, planned actions and the full-year forecast. Every version is kept.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends Tracked {

    public UUID goalId;

    public UUID indicatorId;

    public UUID planId;

    @Column(nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status computedStatus;

    @Enumerated(EnumType.STRING)
    public Status assessedStatus;

    public String justification;

    public String analysis;

    public String plannedActions;

    public BigDecimal forecastValue;

    @Enumerated(EnumType.STRING)
    public Status forecastStatus;

    @Override
    public String aggregateType() {
        return "assessment";
    }
}
