package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.CostCategory;

/**
 * The state a {@code se.styrkort.actual.changed.v1} event carries: an actual, as published and kept
 * apart from its REST view so that either can change without the other.
 */
public record ActualChanged(UUID id, UUID orgUnitId, int year, int month, CostCategory category, BigDecimal amount,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
