package se.styrkort.outcomes.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import se.styrkort.platform.problem.ProblemException;

/**
 * A follow-up period in one of the forms of DESIGN.md "Periods": a year {@code 2022}, a tertial
 * {@code 2022-T1..T3}, a month {@code 2022-01..12} or a term {@code 2022-VT} / {@code 2022-HT}.
 */
public record Period(String value) {

    private static final Pattern FORM = Pattern.compile("(19|20)\\d\\d(-(T[1-3]|0[1-9]|1[0-2]|VT|HT))?");

    public Period {
        if (value == null || !FORM.matcher(value).matches()) {
            throw ProblemException.badField("period",
                    "must be a year (2022), a tertial (2022-T1..T3), a month (2022-01..12) or a term (2022-VT, 2022-HT)");
        }
    }

    /** Reads a period as people type it ({@code 2022-t2}, {@code " 2022-VT "}) in its normalized form. */
    public static Period parse(String text) {
        return new Period(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
