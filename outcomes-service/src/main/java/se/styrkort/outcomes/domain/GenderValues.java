package se.styrkort.outcomes.domain;

import java.math.BigDecimal;

/**
 * An outcome split by gender as Kolada and the seeds give it: total (T), women (K), men (M).
 * Each is optional; {@link MeasurementRules} sees that a measurement says something.
 */
public record GenderValues(BigDecimal total, BigDecimal women, BigDecimal men) {

    /** Equal numbers count as the same value whatever their scale: 87.5 is 87.50. */
    public boolean sameAs(GenderValues other) {
        return same(total, other.total) && same(women, other.women) && same(men, other.men);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
