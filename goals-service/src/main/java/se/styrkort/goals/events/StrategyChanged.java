package se.styrkort.goals.events;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.goals.domain.Strategy;

/**
 * The state a {@code se.styrkort.strategy.changed.v1} event carries: a strategy as published, kept
 * apart from its REST view so that either can change without the other.
 */
public record StrategyChanged(UUID id, UUID planId, String name, String description, int ordinal, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static StrategyChanged of(Strategy s) {
        return new StrategyChanged(s.id, s.planId, s.name, s.description, s.ordinal, s.version, s.createdAt,
                s.createdBy, s.updatedAt, s.updatedBy);
    }
}
