package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a planner sends to create or change a control point; follow-ups replace the earlier list. */
public record ControlPointInput(
        @NotNull UUID planId,
        @NotBlank @Size(max = 1000) String controlPoint,
        @NotBlank @Size(max = 200) String performer,
        @NotBlank @Size(max = 1000) String method,
        @Size(max = 24) List<@NotNull @Valid FollowUp> followUps) implements PlanPart.Input {

    public record FollowUp(@NotNull LocalDate date, @Size(max = 4000) String result) {
    }
}
