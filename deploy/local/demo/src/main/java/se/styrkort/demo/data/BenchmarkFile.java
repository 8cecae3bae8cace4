package se.styrkort.demo.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * National values (riket) the seeds quote, recorded in each region as the series of its benchmark
 * organization {@code organization} so that BENCHMARK targets have something to compare with.
 */
public record BenchmarkFile(String type, String organization, String name, List<String> notes, List<Series> series) {

    /**
     * One value: what it measures, the period, the value, where a seed quotes it, and the
     * indicators it is the national value for.
     */
    public record Series(String code, String name, String unitOfMeasure, String period, BigDecimal value,
            String seed, String quote,
            @com.fasterxml.jackson.annotation.JsonProperty("for") List<IndicatorRef> indicators) {
    }

    /** An indicator by its organization, plan name, goal title and name (null: the goal's own measure). */
    public record IndicatorRef(String organization, String plan, String goal, String indicator) {
    }
}
