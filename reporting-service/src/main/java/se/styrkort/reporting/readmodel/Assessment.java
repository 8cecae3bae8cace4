package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * An official's assessment of a goal or indicator in one period (analysis, actions, forecast), from {@code styrkort.outcomes}.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends ReadRow {

    public UUID goalId;

    public UUID indicatorId;

    public UUID planId;

    public UUID orgUnitId;

    @NotNull
    public String period;

    public String computedStatus;

    public String assessedStatus;

    public String justification;

    public String analysis;

    public String plannedActions;

    public BigDecimal forecastValue;

    public String forecastStatus;
}
