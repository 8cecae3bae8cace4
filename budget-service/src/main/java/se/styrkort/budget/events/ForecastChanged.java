package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.CostCategory;

/**
 * The state a {@code se.styrkort.forecast.changed.v1} event carries: a forecast, the computed run rate
 * beside the economist's, as published and kept apart from its REST view so that either can change
 * without the other.
 */
public record ForecastChanged(UUID id, UUID orgUnitId, int year, CostCategory category, BigDecimal amount,
        BigDecimal runRate, String comment, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {
}
