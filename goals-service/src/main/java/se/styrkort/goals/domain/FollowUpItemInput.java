package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a planner sends to create or change a line of the follow-up plan, the meeting plan or the
 * preparation calendar. Without a kind it is a meeting-plan line; only a follow-up area may lack a
 * date; a meeting over several days ends on {@code endDate}.
 */
public record FollowUpItemInput(
        @NotNull UUID planId,
        FollowUpItemKind kind,
        LocalDate date,
        LocalDate endDate,
        @NotNull UUID bodyUnitId,
        @Size(max = 200) String section,
        @NotBlank @Size(max = 1000) String topic,
        @Size(max = 200) String responsibleRole) implements PlanPart.Input {

    public FollowUpItemKind kindOrDefault() {
        return kind == null ? FollowUpItemKind.MEETING : kind;
    }
}
