package se.styrkort.platform.domain;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.styrkort.platform.problem.ProblemException;

/**
 * A follow-up period, the one form every service reads, stores and publishes: a year ({@code 2022}),
 * a tertial ({@code 2022-T2}, the interim report's period when it ends in August), a month
 * ({@code 2022-08}) or a term ({@code 2022-VT}, {@code 2022-HT}). The previous period is the one of
 * the same kind before it: 2022-T2 follows 2022-T1, 2022-T1 follows 2021-T3.
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    public enum Kind {
        YEAR,
        TERTIAL,
        MONTH,
        TERM
    }

    /** For Bean Validation's {@code @Pattern}: the stored, upper-case form. */
    public static final String PATTERN = "(19|20|21)\\d{2}(-T[1-3]|-(0[1-9]|1[0-2])|-VT|-HT)?";
    public static final String MESSAGE = "must be a period such as 2022, 2022-T2, 2022-08 or 2022-HT";

    private static final Pattern FORMAT = Pattern.compile("((?:19|20|21)\\d{2})(?:-(T[1-3]|0[1-9]|1[0-2]|VT|HT))?");

    /** Periods in time order: by the month they end in, a longer period after the shorter ones ending with it. */
    private static final Comparator<Period> ORDER = Comparator.<Period> comparingInt(p -> p.year)
            .thenComparingInt(Period::lastMonth)
            .thenComparingInt(Period::months);

    public Period {
        boolean valid = year >= 1900 && year <= 2199 && switch (kind) {
            case YEAR -> number == 0;
            case TERTIAL -> number >= 1 && number <= 3;
            case MONTH -> number >= 1 && number <= 12;
            case TERM -> number == 1 || number == 2;
        };
        if (!valid) {
            throw new IllegalArgumentException(MESSAGE);
        }
    }

    /**
     * Reads a period as people type it ({@code 2022-t2}, {@code " 2022-VT "}); {@link IllegalArgumentException} if it is none.
     */
    public static Period parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
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

    /** As {@link #parse(String)}, answered as a 400 on the given field of a request. */
    public static Period parse(String field, String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, MESSAGE);
        }
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    public static Period year(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    public Period previous() {
        return switch (kind) {
            case YEAR -> new Period(year - 1, kind, 0);
            case TERTIAL -> number == 1 ? new Period(year - 1, kind, 3) : new Period(year, kind, number - 1);
            case MONTH -> number == 1 ? new Period(year - 1, kind, 12) : new Period(year, kind, number - 1);
            case TERM -> number == 1 ? new Period(year - 1, kind, 2) : new Period(year, kind, 1);
        };
    }

    /** The same period a year earlier: what "same period last year" means in a report. */
    public Period yearBefore() {
        return new Period(year - 1, kind, number);
    }

    /** The first month the period covers. */
    public int firstMonth() {
        return lastMonth() - months() + 1;
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

    /** How many months the period covers. */
    public int months() {
        return switch (kind) {
            case YEAR -> 12;
            case TERTIAL -> 4;
            case MONTH -> 1;
            case TERM -> 6;
        };
    }

    /** Whether the whole of {@code other} lies within this period. */
    public boolean contains(Period other) {
        return other.year == year && other.firstMonth() >= firstMonth() && other.lastMonth() <= lastMonth();
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
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
