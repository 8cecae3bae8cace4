package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.problem.ProblemException;

/** What a planner sends to create or change an activity; without a state it has not started. */
public record ActivityInput(
        @NotNull UUID goalId,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 4000) String description,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 200) String responsible,
        ActivityState state,
        @Size(max = 4000) String stateComment) {

    public void checkDates() {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw ProblemException.badField("endDate", "must not be before startDate");
        }
    }
}
