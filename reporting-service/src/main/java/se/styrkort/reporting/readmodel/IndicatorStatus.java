package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An indicator's status for one unit and period, with the numbers behind it, from {@code styrkort.outcomes}. */
@Entity
@Table(name = "indicator_status")
public class IndicatorStatus extends ReadRow {

    @NotNull
    public UUID indicatorId;

    public UUID goalId;

    public UUID planId;

    public UUID orgUnitId;

    @NotNull
    public String period;

    public String status;

    public String reason;

    /**
     * The measured value, named as outcomes-service names a measurement's ({@code total}, beside
     * {@code women} and {@code men}); an indicator status that still says {@code value} is read too.
     */
    @JsonAlias("value")
    @Column(name = "value")
    public BigDecimal total;

    public BigDecimal women;

    public BigDecimal men;

    public String valueKind;

    @JsonDeserialize(using = RawJson.class)
    public String target;

    public BigDecimal comparedWith;

    public BigDecimal tolerance;
}
