package se.styrkort.goals.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The state a {@code se.styrkort.strategy.changed.v1} event carries: a strategy as published, kept
 * apart from its REST view so that either can change without the other.
 */
public record StrategyChanged(UUID id, UUID planId, String name, String description, int ordinal, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
