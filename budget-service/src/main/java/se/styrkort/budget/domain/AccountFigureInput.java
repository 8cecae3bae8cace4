package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.domain.Period;

/**
 * The figures of one row of an account structure for one unit and period, in SEK with the row's
 * sign: the outcome (utfall), the budget and the outcome of the same period last year. A figure
 * left out is not known; at least one is given. {@code valueKind} is {@code ACCUMULATED} when left out.
 */
public record AccountFigureInput(
        @NotNull UUID structureId,
        @NotNull UUID orgUnitId,
        @NotNull @Pattern(regexp = Period.PATTERN, message = Period.MESSAGE) String period,
        ValueKind valueKind,
        @NotBlank @Size(max = 200) String account,
        @Digits(integer = 16, fraction = 2) BigDecimal outcome,
        @Digits(integer = 16, fraction = 2) BigDecimal budget,
        @Digits(integer = 16, fraction = 2) BigDecimal previousYear) {

    public ValueKind valueKindOrDefault() {
        return valueKind == null ? ValueKind.ACCUMULATED : valueKind;
    }
}
