package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the derived financial indicators are computed from sums of actuals, in percent with one
 * decimal: cost developments against the same months of the year before, and the self-financing
 * degree of investments. Which periods a month's value is kept for is here too.
 */
final class FinancialIndicatorRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FinancialIndicatorRules() {
    }

    /** The periods that end with the month: the month itself, its tertial at 4, 8, 12, and the year at 12. */
    static List<String> periodsEndingIn(int year, int month) {
        List<String> periods = new ArrayList<>();
        periods.add(String.format("%d-%02d", year, month));
        if (month % 4 == 0) {
            periods.add(year + "-T" + month / 4);
        }
        if (month == 12) {
            periods.add(Integer.toString(year));
        }
        return periods;
    }

    /** Net cost: what costs leave after revenues, positive when costs outweigh them. */
    static BigDecimal netCost(Map<CostCategory, BigDecimal> sums) {
        return sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).negate();
    }

    /** Gross cost: all costs, positive. */
    static BigDecimal grossCost(Map<CostCategory, BigDecimal> sums) {
        return sums.entrySet().stream().filter(e -> !e.getKey().isRevenue()).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
    }

    /** The change from before to now in percent of before; none when before is zero. */
    static BigDecimal development(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? null : percent(now.subtract(before), before.abs());
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /**
     * Självfinansieringsgrad: the net's deviation from budget with the depreciation added back (no
     * cash leaves for it), in percent of the investments' outcome to date.
     */
    static BigDecimal selfFinancingDegree(RevenuesAndCosts accumulated, BigDecimal invested) {
        BigDecimal depreciation = accumulated.categories().stream()
                .filter(l -> l.category() == CostCategory.DEPRECIATION).map(RevenuesAndCosts.Line::actual)
                .findFirst().orElse(BigDecimal.ZERO).abs();
        BigDecimal financed = accumulated.net().budgetDeviation().add(depreciation);
        return percent(financed, invested);
    }
}
