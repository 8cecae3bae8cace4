package se.styrkort.goals.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.platform.domain.FollowUpFrequency;

/**
 * The state a {@code se.styrkort.goal.changed.v1} event carries: a goal as published, kept apart from
 * its REST view so that either can change without the other.
 */
public record GoalChanged(UUID id, UUID planId, UUID ownerUnitId, List<UUID> coOwnerUnitIds, UUID overallGoalId,
        UUID parentGoalId, String title, String description, FollowUpFrequency followUpFrequency,
        String followUpLevel, boolean genderSplit, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {
}
