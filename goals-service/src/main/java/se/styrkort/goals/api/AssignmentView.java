package se.styrkort.goals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.goals.domain.Assignment;

/** An assignment as the API shows it. */
public record AssignmentView(UUID id, UUID overallGoalId, String title, String description,
        List<UUID> assignedUnitIds, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.overallGoalId, a.title, a.description,
                a.assignedUnitIds.stream().sorted().toList(), a.version, a.createdAt, a.createdBy, a.updatedAt,
                a.updatedBy);
    }
}
