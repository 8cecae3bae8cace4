package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

/** What a figure recorded for a unit in a period has, whether measured (outcomes) or booked (budget). */
@MappedSuperclass
public abstract class UnitFigure extends ReadRow {

    @NotNull
    public UUID orgUnitId;

    @NotNull
    public String period;

    /** ACCUMULATED (1 January to the period's end) or MONTH (the month alone). */
    @NotNull
    public String valueKind;
}
