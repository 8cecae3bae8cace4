package se.styrkort.budget.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An investment's follow-up of a period: spent from 1 January to the period's end, the forecast for 31 December. */
public record FollowUpInput(
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal outcomeToDate,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal forecastYearEnd,
        @Size(max = 2000) String comment) {
}
