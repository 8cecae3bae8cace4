package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.problem.ProblemException;

/** What a planner sends to create or change a plan. */
public record PlanInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer fromYear,
        @NotNull @Min(2000) @Max(2100) Integer toYear,
        UUID ownerUnitId) {

    public void checkYears() {
        if (toYear < fromYear) {
            throw ProblemException.badField("toYear", "must not be before fromYear");
        }
    }
}
