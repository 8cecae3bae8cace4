package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import se.styrkort.budget.domain.FrameKind;

/**
 * What an economist sends to set or change a budget frame. The amount is a net frame in SEK:
 * costs negative, revenues positive, as in the regions' budget tables, so it may have either sign.
 */
public record BudgetFrameInput(
        @NotNull UUID orgUnitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull FrameKind kind,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount) {
}
