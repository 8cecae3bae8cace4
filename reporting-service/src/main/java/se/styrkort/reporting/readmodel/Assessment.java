package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * An official's assessment of a goal or indicator in one period (analysis, actions, forecast), from {@code styrkort.outcomes}.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends ReadRow {

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @NotNull
    public String period;

    @Column(name = "computed_status")
    public String computedStatus;

    @Column(name = "assessed_status")
    public String assessedStatus;

    public String justification;

    public String analysis;

    @Column(name = "planned_actions")
    public String plannedActions;

    @Column(name = "forecast_value")
    public BigDecimal forecastValue;

    @Column(name = "forecast_status")
    public String forecastStatus;
}
