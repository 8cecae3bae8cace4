package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** An indicator of a goal, with its targets per year, from {@code styrkort.goals}. */
@Entity
@Table(name = "indicator")
public class Indicator extends ReadRow {

    @NotNull
    public UUID goalId;

    @NotNull
    public String name;

    public String unitOfMeasure;

    public String direction;

    public String followUpFrequency;

    public boolean genderSplit;

    public BigDecimal tolerance;

    /** The targets as published: a JSON array of {year, kind, value, lo, hi, …, wording}. */
    @JsonDeserialize(using = RawJson.class)
    public String targets;
}
