package se.styrkort.goals.api;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.goals.domain.Strategy;

/** A strategy as the API shows it. */
public record StrategyView(UUID id, UUID planId, String name, String description, int ordinal, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static StrategyView of(Strategy s) {
        return new StrategyView(s.id, s.planId, s.name, s.description, s.ordinal, s.version, s.createdAt,
                s.createdBy, s.updatedAt, s.updatedBy);
    }
}
