package se.styrkort.goals.domain;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a planner sends to record an assignment from the council to named bodies. */
public record AssignmentInput(
        @NotNull UUID overallGoalId,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 4000) String description,
        @Size(max = 100) List<@NotNull UUID> assignedUnitIds) {
}
