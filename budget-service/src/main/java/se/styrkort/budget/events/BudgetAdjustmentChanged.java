package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.AdjustmentKind;
import se.styrkort.budget.domain.BudgetPart;

/**
 * The state a {@code se.styrkort.budget-adjustment.changed.v1} event carries: a budget adjustment, as
 * published and kept apart from its REST view so that either can change without the other.
 */
public record BudgetAdjustmentChanged(UUID id, UUID frameId, int effectiveYear, AdjustmentKind kind, BudgetPart part,
        BigDecimal amount, String reason, String decisionRef, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {
}
