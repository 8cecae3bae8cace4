package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Accumulated actuals (ack utfall) against the accumulated budget (ack budget) and the same
 * period last year. The budget of January to month m is m/12 of the year's frame (BUDGET kind)
 * per category: frames have no monthly profile.
 */
@ApplicationScoped
public class Accumulation {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    @Inject
    AdjustmentTotals adjustmentTotals;

    public RevenuesAndCosts of(UUID orgUnitId, int year, int month) {
        Map<CostCategory, BigDecimal> actual = actualsToMonth(orgUnitId, year, month);
        Map<CostCategory, BigDecimal> previous = actualsToMonth(orgUnitId, year - 1, month);
        Optional<BudgetFrame> frame = BudgetFrame.<BudgetFrame> find("orgUnitId = ?1 and year = ?2 and kind = ?3",
                orgUnitId, year, FrameKind.BUDGET).firstResultOptional();
        Map<CostCategory, BigDecimal> budget = new EnumMap<>(CostCategory.class);
        frame.ifPresent(f -> f.lines.forEach(l -> budget.put(l.category, share(l.amounts().net(), month))));
        BigDecimal adjustments = frame.map(f -> share(adjustmentTotals.of(f.id).net(), month)).orElse(zero());

        List<RevenuesAndCosts.Line> lines = new ArrayList<>();
        BigDecimal[] revenues = { zero(), zero(), zero() };
        BigDecimal[] costs = { zero(), zero(), zero() };
        for (CostCategory category : CostCategory.values()) {
            if (!actual.containsKey(category) && !budget.containsKey(category) && !previous.containsKey(category)) {
                continue;
            }
            BigDecimal a = actual.getOrDefault(category, zero());
            BigDecimal b = budget.getOrDefault(category, zero());
            BigDecimal p = previous.getOrDefault(category, zero());
            lines.add(RevenuesAndCosts.Line.of(category, a, b, p));
            BigDecimal[] sum = category.isRevenue() ? revenues : costs;
            sum[0] = sum[0].add(a);
            sum[1] = sum[1].add(b);
            sum[2] = sum[2].add(p);
        }
        RevenuesAndCosts.Line net = RevenuesAndCosts.Line.of(null, revenues[0].add(costs[0]),
                revenues[1].add(costs[1]).add(adjustments), revenues[2].add(costs[2]));
        return new RevenuesAndCosts(orgUnitId, year, month, frame.map(f -> f.id).orElse(null), lines,
                RevenuesAndCosts.Line.of(null, revenues[0], revenues[1], revenues[2]),
                RevenuesAndCosts.Line.of(null, costs[0], costs[1], costs[2]), adjustments, net);
    }

    /** The actuals of January to the month, per category. */
    public Map<CostCategory, BigDecimal> actualsToMonth(UUID orgUnitId, int year, int month) {
        Map<CostCategory, BigDecimal> sums = new EnumMap<>(CostCategory.class);
        List<Object[]> rows = Actual.getEntityManager().createQuery(
                "select a.category, sum(a.amount) from Actual a where a.orgUnitId = :unit and a.year = :year"
                        + " and a.month <= :month group by a.category",
                Object[].class)
                .setParameter("unit", orgUnitId).setParameter("year", year).setParameter("month", month)
                .getResultList();
        for (Object[] row : rows) {
            sums.put((CostCategory) row[0], ((BigDecimal) row[1]).setScale(2));
        }
        return sums;
    }

    private static BigDecimal share(BigDecimal yearly, int month) {
        return yearly.multiply(BigDecimal.valueOf(month)).divide(TWELVE, 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
