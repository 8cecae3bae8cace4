package se.styrkort.reporting.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The roll-up of a set of goals (per strategy, overall goal, unit or plan) by the rule of docs/domain.md, "Roll-up rules":
 * counts by status, each share with one decimal and as whole percentages that add up to 100
 * (largest remainder), and the overall status — GREEN when more than half of the measurable goals
 * are green, RED when more than half are red, NOT_MEASURABLE when none is measurable, else YELLOW.
 */
public record Rollup(int total, Map<Status, Integer> counts, Map<Status, BigDecimal> shares,
        Map<Status, Integer> wholePercents, Status overall) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Rollup of(Collection<Status> statuses) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return of(counts);
    }

    public static Rollup of(Map<Status, Integer> countsByStatus) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, countsByStatus.getOrDefault(s, 0));
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<Status, BigDecimal> shares = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            shares.put(s, total == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(counts.get(s)).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1,
                            RoundingMode.HALF_UP));
        }
        return new Rollup(total, counts, shares, wholePercents(counts, total), overall(counts));
    }

    /** Whole percentages adding up to 100: floors first, then one point each to the largest remainders. */
    static Map<Status, Integer> wholePercents(Map<Status, Integer> counts, int total) {
        Map<Status, Integer> whole = new EnumMap<>(Status.class);
        if (total == 0) {
            for (Status s : Status.values()) {
                whole.put(s, 0);
            }
            return whole;
        }
        Status[] order = Status.values();
        int[] remainders = new int[order.length];
        int given = 0;
        for (int i = 0; i < order.length; i++) {
            int scaled = counts.get(order[i]) * 100;
            whole.put(order[i], scaled / total);
            remainders[i] = scaled % total;
            given += scaled / total;
        }
        // Ties keep the order of the statuses, so the same counts always give the same answer.
        List<Integer> byRemainder = IntStream.range(0, order.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> remainders[i]).reversed()).toList();
        for (int k = 0; k < 100 - given; k++) {
            Status s = order[byRemainder.get(k)];
            whole.put(s, whole.get(s) + 1);
        }
        return whole;
    }

    static Status overall(Map<Status, Integer> counts) {
        int measurable = counts.get(Status.GREEN) + counts.get(Status.YELLOW) + counts.get(Status.RED);
        if (measurable == 0) {
            return Status.NOT_MEASURABLE;
        }
        if (counts.get(Status.GREEN) * 2 > measurable) {
            return Status.GREEN;
        }
        if (counts.get(Status.RED) * 2 > measurable) {
            return Status.RED;
        }
        return Status.YELLOW;
    }
}
