package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An economist's full-year forecast of one org unit and cost category, in SEK: revenues positive, costs negative. */
public record ForecastInput(
        @NotNull UUID orgUnitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull CostCategory category,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String comment) {
}
