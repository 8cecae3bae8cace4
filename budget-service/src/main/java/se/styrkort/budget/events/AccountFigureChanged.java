package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.ValueKind;

/** The state a {@code se.styrkort.account-figure.changed.v1} event carries: one row's figures of a unit and period. */
public record AccountFigureChanged(UUID id, UUID structureId, UUID orgUnitId, String period, ValueKind valueKind,
        String account, BigDecimal outcome, BigDecimal budget, BigDecimal previousYear, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {
}
