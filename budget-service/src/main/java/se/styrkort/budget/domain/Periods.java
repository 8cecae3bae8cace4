package se.styrkort.budget.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.styrkort.platform.problem.ProblemException;

/**
 * The periods of DESIGN.md as budget follow-up uses them: a year (2022), a tertial (2022-T2), a
 * month (2022-08) or a term (2022-VT). What matters here is the year and its last month.
 */
public final class Periods {

    private static final Pattern PERIOD = Pattern.compile("([0-9]{4})(?:-(0[1-9]|1[0-2]|T[1-3]|VT|HT))?");

    private Periods() {
    }

    /** The period in its stored form (upper case), or a 400 on the field. */
    public static String parse(String field, String text) {
        String upper = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PERIOD.matcher(upper).matches()) {
            throw ProblemException.badField(field, "must be a year (2022), tertial (2022-T2), month (2022-08) or term (2022-VT)");
        }
        return upper;
    }

    public static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The last month the period covers: 2022-T2 → 8, 2022 → 12. */
    public static int lastMonth(String period) {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches() || m.group(2) == null) {
            return 12;
        }
        return switch (m.group(2)) {
            case "T1" -> 4;
            case "T2" -> 8;
            case "T3", "HT" -> 12;
            case "VT" -> 6;
            default -> Integer.parseInt(m.group(2));
        };
    }
}
