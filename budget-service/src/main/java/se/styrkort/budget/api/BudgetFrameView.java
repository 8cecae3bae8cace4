package se.styrkort.budget.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.budget.domain.Amounts;
import se.styrkort.budget.domain.BudgetFrame;
import se.styrkort.budget.domain.FrameKind;

/**
 * A budget frame as the API shows it: the adopted lines, the adopted
 * total, the sum of its adjustments, and the current total (adopted + adjustments).
 */
public record BudgetFrameView(UUID id, UUID orgUnitId, int year, FrameKind kind, List<BudgetLineView> lines,
        Amounts adopted, Amounts adjustments, Amounts current, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    public static BudgetFrameView of(BudgetFrame f, Amounts adjustments) {
        List<BudgetLineView> lines = f.orderedLines().stream().map(l -> BudgetLineView.of(l.category, l.amounts()))
                .toList();
        Amounts adopted = f.adopted();
        return new BudgetFrameView(f.id, f.orgUnitId, f.year, f.kind, lines, adopted, adjustments,
                adopted.plus(adjustments), f.version, f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }
}
