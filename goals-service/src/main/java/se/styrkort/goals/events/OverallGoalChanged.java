package se.styrkort.goals.events;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.goals.domain.OverallGoal;

/**
 * The state a {@code se.styrkort.overall-goal.changed.v1} event carries: an overall goal as published,
 * kept apart from its REST view so that either can change without the other.
 */
public record OverallGoalChanged(UUID id, UUID strategyId, UUID parentId, String title, String description,
        int ordinal, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static OverallGoalChanged of(OverallGoal g) {
        return new OverallGoalChanged(g.id, g.strategyId, g.parentId, g.title, g.description, g.ordinal, g.version,
                g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }
}
