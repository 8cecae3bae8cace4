package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a planner sends to create or change an overall goal; parentId places it below another. */
public record OverallGoalInput(
        @NotNull UUID strategyId,
        UUID parentId,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 4000) String description,
        @Min(0) @Max(9999) Integer ordinal) {
}
