package se.styrkort.reporting.web;

import java.util.Comparator;

import se.styrkort.platform.domain.Period;

/** Periods in time order: within a year by their last month, the whole year after its tertials. */
final class WebPeriods {

    static final Comparator<String> ORDER = Comparator.comparing((String p) -> key(p)).thenComparing(p -> p);

    private WebPeriods() {
    }

    private static long key(String text) {
        Period p = PeriodOption.parse(text);
        if (p == null) {
            return Long.MAX_VALUE;
        }
        int kind = switch (p.kind()) {
            case MONTH -> 0;
            case TERM -> 1;
            case TERTIAL -> 2;
            case YEAR -> 3;
        };
        return p.year() * 1000L + p.lastMonth() * 10L + kind;
    }
}
