package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A unit's actual amount for one month (not accumulated) and cost category, from {@code styrkort.budget}. */
@Entity
@Table(name = "actual")
public class Actual extends ReadRow {

    @NotNull
    public UUID orgUnitId;

    @NotNull
    public Integer year;

    @NotNull
    @Min(1)
    @Max(12)
    public Integer month;

    @NotNull
    public String category;

    @NotNull
    public BigDecimal amount;
}
