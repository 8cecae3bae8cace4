package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a planner sends to create or change a line of the follow-up and meeting plan. */
public record FollowUpItemInput(
        @NotNull UUID planId,
        @NotNull LocalDate date,
        @NotNull UUID bodyUnitId,
        @NotBlank @Size(max = 1000) String topic,
        @Size(max = 200) String responsibleRole) {
}
