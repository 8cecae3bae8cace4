package se.styrkort.goals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.goals.domain.Goal;
import se.styrkort.platform.domain.FollowUpFrequency;

/** A goal as the API shows it. */
public record GoalView(UUID id, UUID planId, UUID ownerUnitId, List<UUID> coOwnerUnitIds, UUID overallGoalId,
        UUID parentGoalId, String title, String description, FollowUpFrequency followUpFrequency,
        String followUpLevel, boolean genderSplit, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public static GoalView of(Goal g) {
        return new GoalView(g.id, g.planId, g.ownerUnitId, g.coOwnerUnitIds.stream().sorted().toList(),
                g.overallGoalId, g.parentGoalId, g.title, g.description, g.followUpFrequency, g.followUpLevel,
                g.genderSplit,
                g.version, g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }
}
