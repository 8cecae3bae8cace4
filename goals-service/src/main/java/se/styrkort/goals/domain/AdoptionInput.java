package se.styrkort.goals.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The owner body's decision that adopts a plan: its date and diarienummer. */
public record AdoptionInput(
        @NotNull LocalDate adoptedDate,
        @NotNull @Pattern(regexp = DecisionRefs.PATTERN, message = DecisionRefs.MESSAGE) String decisionRef) {
}
