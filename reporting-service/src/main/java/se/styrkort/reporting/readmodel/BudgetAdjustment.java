package se.styrkort.reporting.readmodel;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A change of a budget frame (förändring av budgetram), from {@code styrkort.budget}. */
@Entity
@Table(name = "budget_adjustment")
public class BudgetAdjustment extends ReadRow {

    @NotNull
    public UUID frameId;

    @NotNull
    public Integer effectiveYear;

    public String kind;

    public String part;

    @NotNull
    public BigDecimal amount;

    public String reason;

    public String decisionRef;
}
