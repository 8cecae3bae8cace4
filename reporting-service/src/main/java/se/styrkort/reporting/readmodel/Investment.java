package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An investment of a unit with its follow-ups per period, from {@code styrkort.budget}. */
@Entity
@Table(name = "investment")
public class Investment extends ReadRow {

    @NotNull
    public UUID orgUnitId;

    public String area;

    @NotNull
    public String object;

    public String investmentType;

    public String category;

    public BigDecimal amount;

    /** The years it runs, as a JSON array of integers. */
    @JsonDeserialize(using = RawJson.class)
    public String years;

    public String decisionRef;

    public String plannedTime;

    public Boolean procurementContacted;

    public Boolean completed;

    /** The follow-ups as published: a JSON array of {period, outcomeToDate, forecastYearEnd, comment}. */
    @JsonDeserialize(using = RawJson.class)
    public String followUps;
}
