package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.BudgetFrame;
import se.styrkort.budget.domain.FrameKind;

/** A budget frame as the API shows it and as its events carry it. */
public record BudgetFrameView(UUID id, UUID orgUnitId, int year, FrameKind kind, BigDecimal amount, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static BudgetFrameView of(BudgetFrame f) {
        return new BudgetFrameView(f.id, f.orgUnitId, f.year, f.kind, f.amount, f.version, f.createdAt, f.createdBy,
                f.updatedAt, f.updatedBy);
    }
}
