package se.styrkort.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bulk-ingest rows, numbered: row r is one indicator's value for one org unit, period and value
 * kind, so that every row has its own natural identity (a new measurement, never a repeat) and the CSV
 * and JSON runs and the raw baseline can be given the very same rows. One value (total) per row.
 */
final class Rows {

    static final List<String> PERIODS = periods();
    static final String[] KINDS = { "PERIOD", "ACCUMULATED" };

    private final List<String> indicators;
    private final List<String> units;

    Rows(List<String> indicators, List<String> units) {
        this.indicators = indicators;
        this.units = units;
    }

    long capacity() {
        return (long) indicators.size() * units.size() * PERIODS.size() * KINDS.length;
    }

    String indicator(long r) {
        return indicators.get((int) (r % indicators.size()));
    }

    String unit(long r) {
        return units.get((int) (r / indicators.size() % units.size()));
    }

    String period(long r) {
        return PERIODS.get((int) (r / ((long) indicators.size() * units.size()) % PERIODS.size()));
    }

    String kind(long r) {
        return KINDS[(int) (r / ((long) indicators.size() * units.size() * PERIODS.size()) % KINDS.length)];
    }

    /** A value from 30.0 to 69.9, so that against the target 50 the rows are green, yellow and red. */
    static String value(long r) {
        long h = (r * 0x9E3779B97F4A7C15L) >>> 33;
        return String.format(Locale.ROOT, "%.1f", 30 + (h % 400) / 10.0);
    }

    byte[] csv(long from, int n) {
        StringBuilder b = new StringBuilder(n * 100);
        b.append("indicatorId,orgUnitId,period,valueKind,total\n");
        for (long r = from; r < from + n; r++) {
            b.append(indicator(r)).append(',').append(unit(r)).append(',').append(period(r)).append(',')
                    .append(kind(r)).append(',').append(value(r)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] json(long from, int n) {
        StringBuilder b = new StringBuilder(n * 160);
        b.append('[');
        for (long r = from; r < from + n; r++) {
            if (r > from) {
                b.append(',');
            }
            b.append("{\"indicatorId\":\"").append(indicator(r)).append("\",\"orgUnitId\":\"").append(unit(r))
                    .append("\",\"period\":\"").append(period(r)).append("\",\"valueKind\":\"").append(kind(r))
                    .append("\",\"total\":").append(value(r)).append('}');
        }
        b.append(']');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> periods() {
        List<String> p = new ArrayList<>();
        for (int year = 2023; year <= 2025; year++) {
            p.add(String.valueOf(year));
            for (int t = 1; t <= 3; t++) {
                p.add(year + "-T" + t);
            }
            for (int m = 1; m <= 12; m++) {
                p.add(String.format("%d-%02d", year, m));
            }
            p.add(year + "-VT");
            p.add(year + "-HT");
        }
        return List.copyOf(p);
    }
}
