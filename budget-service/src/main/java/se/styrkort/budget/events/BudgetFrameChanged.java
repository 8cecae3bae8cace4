package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.budget.domain.Amounts;
import se.styrkort.budget.domain.CostCategory;
import se.styrkort.budget.domain.FrameKind;

/**
 * The state a {@code se.styrkort.budget-frame.changed.v1} event carries: a budget frame with
 * its adopted lines, the adopted total, the sum of its adjustments, and the current total (adopted +
 * adjustments), as published and kept apart from its REST view so that either can change without
 * the other.
 */
public record BudgetFrameChanged(UUID id, UUID orgUnitId, int year, FrameKind kind, List<Line> lines,
        Amounts adopted, Amounts adjustments, Amounts current, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    /** One cost category of the frame, with its net. */
    public record Line(CostCategory category, BigDecimal officials, BigDecimal electedMembers, BigDecimal net) {
    }
}
