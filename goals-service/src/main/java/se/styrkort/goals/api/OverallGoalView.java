package se.styrkort.goals.api;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.goals.domain.OverallGoal;

/** An overall goal as the API shows it. */
public record OverallGoalView(UUID id, UUID strategyId, UUID parentId, String title, String description,
        int ordinal, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static OverallGoalView of(OverallGoal g) {
        return new OverallGoalView(g.id, g.strategyId, g.parentId, g.title, g.description, g.ordinal, g.version,
                g.createdAt, g.createdBy, g.updatedAt, g.updatedBy);
    }
}
