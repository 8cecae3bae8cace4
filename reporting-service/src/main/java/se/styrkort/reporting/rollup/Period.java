package se.styrkort.reporting.rollup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of DESIGN.md "Periods": a year ({@code 2022}), a tertial ({@code 2022-T2}), a month
 * ({@code 2022-08}) or a term ({@code 2022-VT}, {@code 2022-HT}). The previous period is the one of the
 * same kind before it: 2022-T2 follows 2022-T1, 2022-T1 follows 2021-T3.
 */
public record Period(int year, Kind kind, int number) {

    public enum Kind {
        YEAR, TERTIAL, MONTH, TERM
    }

    public static final String PATTERN = "(19|20|21)\\d{2}(-T[1-3]|-(0[1-9]|1[0-2])|-VT|-HT)?";
    public static final String MESSAGE = "must be a period such as 2022, 2022-T2, 2022-08 or 2022-HT";

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(T[1-3]|0[1-9]|1[0-2]|VT|HT))?");

    public static Period parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(MESSAGE);
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return new Period(year, Kind.YEAR, 0);
        }
        if (part.startsWith("T")) {
            return new Period(year, Kind.TERTIAL, part.charAt(1) - '0');
        }
        if (part.equals("VT") || part.equals("HT")) {
            return new Period(year, Kind.TERM, part.equals("VT") ? 1 : 2);
        }
        return new Period(year, Kind.MONTH, Integer.parseInt(part));
    }

    public Period previous() {
        return switch (kind) {
            case YEAR -> new Period(year - 1, kind, 0);
            case TERTIAL -> number == 1 ? new Period(year - 1, kind, 3) : new Period(year, kind, number - 1);
            case MONTH -> number == 1 ? new Period(year - 1, kind, 12) : new Period(year, kind, number - 1);
            case TERM -> number == 1 ? new Period(year - 1, kind, 2) : new Period(year, kind, 1);
        };
    }

    /** The last month the period covers: what "accumulated to" means for budget and actuals. */
    public int lastMonth() {
        return switch (kind) {
            case YEAR -> 12;
            case TERTIAL -> number * 4;
            case MONTH -> number;
            case TERM -> number == 1 ? 6 : 12;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case TERTIAL -> year + "-T" + number;
            case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
            case TERM -> year + (number == 1 ? "-VT" : "-HT");
        };
    }
}
