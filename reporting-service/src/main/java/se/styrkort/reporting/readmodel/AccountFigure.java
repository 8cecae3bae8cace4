package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** One row's recorded outcome, budget and last year's outcome of a unit and period, from {@code styrkort.budget}. */
@Entity
@Table(name = "account_figure")
public class AccountFigure extends UnitFigure {

    @NotNull
    public UUID structureId;

    @NotNull
    public String account;

    public BigDecimal outcome;

    public BigDecimal budget;

    public BigDecimal previousYear;
}
