package se.styrkort.budget.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** One cost category of a frame: the officials' and the elected members' part in SEK, 0 when none. */
public record BudgetLineInput(
        @NotNull CostCategory category,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal officials,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal electedMembers) {
}
