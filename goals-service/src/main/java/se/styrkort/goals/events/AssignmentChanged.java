package se.styrkort.goals.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state a {@code se.styrkort.assignment.changed.v1} event carries: an assignment as published,
 * kept apart from its REST view so that either can change without the other.
 */
public record AssignmentChanged(UUID id, UUID overallGoalId, String title, String description,
        List<UUID> assignedUnitIds, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {
}
