package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One month's actual of an org unit in one cost category, in SEK: revenues positive, costs negative. */
public record ActualInput(
        @NotNull UUID orgUnitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(12) Integer month,
        @NotNull CostCategory category,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount) {
}
