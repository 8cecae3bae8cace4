package se.styrkort.reporting.report;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One unit's budget follow-up for one cost category (or {@code TOTAL}) through the last month of a
 * period, in SEK: the adopted frame, its adjustments (in the total only: they are not per category),
 * the current budget, the accumulated budget (an even twelfth per month) and actual, the deviation
 * (actual − budget, so positive is better as revenues are positive and costs negative), the
 * full-year forecast and its deviation from the current budget.
 */
public record EconomyLine(UUID orgUnitId, String orgUnitName, int year, int throughMonth, String category,
        BigDecimal adoptedBudget, BigDecimal adjustments, BigDecimal currentBudget, BigDecimal accumulatedBudget,
        BigDecimal accumulatedActual, BigDecimal deviation, BigDecimal forecast, BigDecimal forecastDeviation) {

    public static final String TOTAL = "TOTAL";
}
