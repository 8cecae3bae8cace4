package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import se.styrkort.budget.domain.Investment;
import se.styrkort.budget.domain.InvestmentCategory;
import se.styrkort.budget.domain.InvestmentFollowUp;
import se.styrkort.budget.domain.InvestmentType;

/**
 * The "Summa" rows of the regions' investment tables: amounts, and for a period the outcome to
 * date and the year-end forecast of its follow-ups, per type and category, per type, per category
 * and in all. An investment without a follow-up of the period counts 0 spent and no forecast.
 */
public record InvestmentSumsView(Integer year, UUID orgUnitId, String period, List<Sum> groups, List<Sum> byType,
        List<Sum> byCategory, Sum total) {

    /** One sum; the type or category is null where the sum spans them. */
    public record Sum(InvestmentType investmentType, InvestmentCategory category, long count, BigDecimal amount,
            BigDecimal outcomeToDate, BigDecimal forecastYearEnd) {

        Sum plus(Investment i, InvestmentFollowUp f) {
            return new Sum(investmentType, category, count + 1, amount.add(i.amount),
                    outcomeToDate.add(f == null ? BigDecimal.ZERO : f.outcomeToDate),
                    f == null || f.forecastYearEnd == null ? forecastYearEnd : forecastYearEnd.add(f.forecastYearEnd));
        }

        static Sum empty(InvestmentType type, InvestmentCategory category) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new Sum(type, category, 0, zero, zero, zero);
        }
    }

    public static InvestmentSumsView of(Integer year, UUID orgUnitId, String period, List<Investment> investments) {
        return new InvestmentSumsView(year, orgUnitId, period,
                sums(investments, period, i -> i.investmentType.ordinal() * 10 + i.category.ordinal(), true, true),
                sums(investments, period, i -> i.investmentType.ordinal(), true, false),
                sums(investments, period, i -> i.category.ordinal(), false, true),
                sums(investments, period, i -> 0, false, false).stream().findFirst().orElse(Sum.empty(null, null)));
    }

    private static List<Sum> sums(List<Investment> investments, String period, Function<Investment, Integer> key,
            boolean byType, boolean byCategory) {
        Map<Integer, Sum> sums = new TreeMap<>();
        for (Investment i : investments) {
            InvestmentFollowUp f = period == null ? null
                    : i.followUps.stream().filter(u -> u.period.equals(period)).findFirst().orElse(null);
            Sum sum = sums.getOrDefault(key.apply(i), Sum.empty(byType ? i.investmentType : null,
                    byCategory ? i.category : null));
            sums.put(key.apply(i), sum.plus(i, f));
        }
        return List.copyOf(sums.values());
    }
}
