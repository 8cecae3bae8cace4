package se.styrkort.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The arithmetic of the derived financial indicators, and the periods a month's value counts for. */
class FinancialIndicatorRulesTest {

    @Test
    void aMonthCountsForItselfItsTertialAtItsEndAndTheYearInDecember() {
        assertThat(FinancialIndicatorRules.periodsEndingIn(2022, 3)).containsExactly("2022-03");
        assertThat(FinancialIndicatorRules.periodsEndingIn(2022, 8)).containsExactly("2022-08", "2022-T2");
        assertThat(FinancialIndicatorRules.periodsEndingIn(2022, 12)).containsExactly("2022-12", "2022-T3", "2022");
    }

    @Test
    void netCostIsWhatCostsLeaveAfterRevenuesAndGrossCostLeavesRevenuesOut() {
        Map<CostCategory, BigDecimal> sums = sums("300.00", "-1000.00", "-200.00");
        assertThat(FinancialIndicatorRules.netCost(sums)).isEqualByComparingTo("900");
        assertThat(FinancialIndicatorRules.grossCost(sums)).isEqualByComparingTo("1200");
    }

    @Test
    void aDevelopmentIsTheChangeInPercentOfBeforeWithOneDecimalAndNoneFromZero() {
        assertThat(FinancialIndicatorRules.development(new BigDecimal("1050"), new BigDecimal("1000")))
                .isEqualByComparingTo("5.0");
        assertThat(FinancialIndicatorRules.development(new BigDecimal("-990"), new BigDecimal("-1000")))
                .isEqualByComparingTo("1.0");
        assertThat(FinancialIndicatorRules.development(new BigDecimal("2"), new BigDecimal("3")))
                .isEqualByComparingTo("-33.3");
        assertThat(FinancialIndicatorRules.development(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void theSelfFinancingDegreeAddsTheDepreciationBackToTheNetsDeviation() {
        BigDecimal zero = BigDecimal.ZERO;
        RevenuesAndCosts.Line depreciation = RevenuesAndCosts.Line.of(CostCategory.DEPRECIATION,
                new BigDecimal("-50"), new BigDecimal("-40"), zero);
        // Net actual 120 against a budget of 100: a deviation of 20, with 50 depreciated.
        RevenuesAndCosts.Line net = RevenuesAndCosts.Line.of(null, new BigDecimal("120"), new BigDecimal("100"), zero);
        RevenuesAndCosts accumulated = new RevenuesAndCosts(null, 2022, 8, null, List.of(depreciation), net, net,
                zero, net);
        assertThat(FinancialIndicatorRules.selfFinancingDegree(accumulated, new BigDecimal("200")))
                .isEqualByComparingTo("35.0");
    }

    private static Map<CostCategory, BigDecimal> sums(String revenue, String personnel, String drugs) {
        Map<CostCategory, BigDecimal> sums = new EnumMap<>(CostCategory.class);
        sums.put(CostCategory.EXTERNAL_REVENUE, new BigDecimal(revenue));
        sums.put(CostCategory.PERSONNEL, new BigDecimal(personnel));
        sums.put(CostCategory.DRUGS, new BigDecimal(drugs));
        return sums;
    }
}
