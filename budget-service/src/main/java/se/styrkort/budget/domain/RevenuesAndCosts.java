package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The table "Intäkter och kostnader" of an interim report for one org unit: accumulated actuals
 * from January to the month, against the accumulated budget and the same months of the year
 * before, per cost category, with the sums of revenues, gross costs and the net.
 */
public record RevenuesAndCosts(UUID orgUnitId, int year, int month, UUID frameId, List<Line> categories,
        Line revenues, Line grossCosts, BigDecimal budgetAdjustments, Line net) {

    /**
     * One row: {@code budgetDeviation} = actual − budget and {@code previousYearDeviation} = actual −
     * previous year, so with costs negative a positive deviation is always the better outcome.
     */
    public record Line(CostCategory category, BigDecimal actual, BigDecimal budget, BigDecimal budgetDeviation,
            BigDecimal previousYear, BigDecimal previousYearDeviation) {

        public static Line of(CostCategory category, BigDecimal actual, BigDecimal budget, BigDecimal previousYear) {
            return new Line(category, actual, budget, actual.subtract(budget), previousYear,
                    actual.subtract(previousYear));
        }
    }
}
