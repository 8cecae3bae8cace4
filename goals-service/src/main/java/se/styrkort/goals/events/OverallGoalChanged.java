package se.styrkort.goals.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The state a {@code se.styrkort.overall-goal.changed.v1} event carries: an overall goal as published,
 * kept apart from its REST view so that either can change without the other.
 */
public record OverallGoalChanged(UUID id, UUID strategyId, UUID parentId, String title, String description,
        int ordinal, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
