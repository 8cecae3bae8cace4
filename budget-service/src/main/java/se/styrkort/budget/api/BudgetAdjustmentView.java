package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.AdjustmentKind;
import se.styrkort.budget.domain.BudgetAdjustment;
import se.styrkort.budget.domain.BudgetPart;

/** A budget adjustment as the API shows it. */
public record BudgetAdjustmentView(UUID id, UUID frameId, int effectiveYear, AdjustmentKind kind, BudgetPart part,
        BigDecimal amount, String reason, String decisionRef, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    public static BudgetAdjustmentView of(BudgetAdjustment a) {
        return new BudgetAdjustmentView(a.id, a.frameId, a.effectiveYear, a.kind, a.part, a.amount, a.reason,
                a.decisionRef, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
