package se.styrkort.goals.domain;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.domain.FollowUpFrequency;

/** What a planner sends to create or change a goal. */
public record GoalInput(
        @NotNull UUID planId,
        @NotNull UUID ownerUnitId,
        @Size(max = 50) List<@NotNull UUID> coOwnerUnitIds,
        UUID overallGoalId,
        UUID parentGoalId,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 4000) String description,
        FollowUpFrequency followUpFrequency,
        @Size(max = 200) String followUpLevel,
        Boolean genderSplit) implements PlanPart.Input {
}
