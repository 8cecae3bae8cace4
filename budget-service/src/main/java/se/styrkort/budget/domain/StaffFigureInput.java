package se.styrkort.budget.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit's head count in a staff category on a day. Women and men are optional; given both, they add
 * up to the total.
 */
public record StaffFigureInput(
        @NotNull UUID orgUnitId,
        @NotNull LocalDate asOf,
        @NotBlank @Size(max = 200) String category,
        @NotNull @Min(0) @Max(10_000_000) Integer total,
        @Min(0) @Max(10_000_000) Integer women,
        @Min(0) @Max(10_000_000) Integer men) {
}
