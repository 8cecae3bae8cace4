package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a planner sends to create or change a strategy; without an ordinal it goes last. */
public record StrategyInput(
        @NotNull UUID planId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Min(0) @Max(9999) Integer ordinal) implements PlanPart.Input {
}
