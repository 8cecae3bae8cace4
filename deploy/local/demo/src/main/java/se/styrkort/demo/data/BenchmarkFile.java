package se.styrkort.demo.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * National values (riket) the seeds quote, recorded as the benchmark series of the organization
 * {@code organization} so that BENCHMARK targets have something to compare with.
 */
public record BenchmarkFile(String type, String organization, List<String> notes, List<Series> series) {

    /**
     * One value: what it measures ({@code code}, {@code name}, {@code unitOfMeasure}), the period,
     * the value, and where a seed quotes it ({@code seed}, {@code quote}).
     */
    public record Series(String code, String name, String unitOfMeasure, String period, BigDecimal value,
            String seed, String quote) {
    }
}
