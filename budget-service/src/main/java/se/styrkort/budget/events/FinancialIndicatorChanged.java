package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.IndicatorCode;

/**
 * The state a {@code se.styrkort.financial-indicator.changed.v1} event carries: a financial indicator,
 * as published and kept apart from its REST view so that either can change without the other.
 */
public record FinancialIndicatorChanged(UUID id, UUID orgUnitId, String period, IndicatorCode code, BigDecimal value,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
