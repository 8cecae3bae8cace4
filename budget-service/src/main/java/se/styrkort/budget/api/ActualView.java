package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.Actual;
import se.styrkort.budget.domain.CostCategory;

/** An actual as the API shows it. */
public record ActualView(UUID id, UUID orgUnitId, int year, int month, CostCategory category, BigDecimal amount,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static ActualView of(Actual a) {
        return new ActualView(a.id, a.orgUnitId, a.year, a.month, a.category, a.amount, a.version, a.createdAt,
                a.createdBy, a.updatedAt, a.updatedBy);
    }
}
