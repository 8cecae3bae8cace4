package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** Förändring av budgetram: a decided change of a frame's officials' or elected members' part. */
@Entity
@Table(name = "budget_adjustment")
public class BudgetAdjustment extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID frameId;

    @Column(nullable = false)
    public int effectiveYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetPart part;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdjustmentKind kind;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    public String decisionRef;

    @Override
    public String aggregateType() {
        return "budget-adjustment";
    }
}
