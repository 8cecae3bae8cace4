package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A unit's full-year forecast per cost category, from {@code styrkort.budget}. */
@Entity
@Table(name = "forecast")
public class Forecast extends ReadRow {

    @NotNull
    public UUID orgUnitId;

    @NotNull
    public Integer year;

    @NotNull
    public String category;

    public BigDecimal amount;

    public BigDecimal runRate;

    public String comment;
}
