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

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_status", nullable = false)
    public Status computedStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_status")
    public Status assessedStatus;

    public String justification;

    public String analysis;

    @Column(name = "planned_actions")
    public String plannedActions;

    @Column(name = "forecast_value")
    public BigDecimal forecastValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_status")
    public Status forecastStatus;

    @Override
    public String aggregateType() {
        return "assessment";
    }
}
