package se.styrkort.budget.domain;

import java.math.BigDecimal;

/**
 * One line of the revenue and cost table of a unit and period, in SEK with the row's sign: outcome,
 * budget, outcome − budget, last year's outcome, outcome − last year. {@code sum} marks a line
 * computed from other lines. A figure nobody recorded is null, and so is a difference with it.
 */
public record AccountTableLine(String account, boolean sum, BigDecimal outcome, BigDecimal budget,
        BigDecimal outcomeMinusBudget, BigDecimal previousYear, BigDecimal outcomeMinusPreviousYear) {
}
