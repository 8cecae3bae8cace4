package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The decision that adopts a plan: the body that took it (the plan's owner unit when not named), its
 * date and, where the minutes give one, its reference: a diarienummer or a paragraph of the minutes.
 */
public record AdoptionInput(
        UUID adoptedByUnitId,
        @NotNull LocalDate adoptedDate,
        @Pattern(regexp = DecisionRefs.PATTERN, message = DecisionRefs.MESSAGE) String decisionRef) {
}
