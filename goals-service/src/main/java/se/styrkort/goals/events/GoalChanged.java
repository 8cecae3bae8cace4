package se.styrkort.goals.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.goals.domain.FollowUpFrequency;
import se.styrkort.goals.domain.Goal;

/**
 * The state a {@code se.styrkort.goal.changed.v1} event carries: a goal as published, kept apart from
 * its REST view so that either can change without the other.
 */
public record GoalChanged(UUID id, UUID planId, UUID ownerUnitId, List<UUID> coOwnerUnitIds, UUID overallGoalId,
        UUID parentGoalId, String title, String description, FollowUpFrequency followUpFrequency,
        String followUpLevel, boolean genderSplit, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public static GoalChanged of(Goal g) {
        return new GoalChanged(g.id, g.planId, g.ownerUnitId, g.coOwnerUnitIds.stream().sorted().toList(),
                g.overallGoalId, g.parentGoalId, g.title, g.description, g.followUpFrequency, g.followUpLevel,
                g.genderSplit,
                g.version, g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }
}
