package se.styrkort.goals.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often a goal is followed up: månadsvis, per tertial, terminsvis, at the interim reports and
 * year end ("DÅ 04, 08, ÅR"), or årsvis.
 */
public enum FollowUpFrequency {
    MONTHLY,
    TERTIAL,
    TERM,
    INTERIM_REPORTS,
    YEARLY;

    /**
     * Whether an outcome is due in a period (docs/domain.md, "Follow-up frequency and what is due"): the year always; a tertial
     * when
     * followed up monthly, per tertial, or at the interim reports (T1 and T2 only); a month when it
     * closes such a period; a term when followed up monthly or per term.
     */
    public boolean isDueIn(String period) {
        if (period.length() == 4) {
            return true;
        }
        String part = period.substring(5);
        return switch (part) {
            case "T1", "T2" -> this == MONTHLY || this == TERTIAL || this == INTERIM_REPORTS;
            case "T3" -> this == MONTHLY || this == TERTIAL;
            case "VT", "HT" -> this == MONTHLY || this == TERM;
            default -> monthDue(Integer.parseInt(part));
        };
    }

    private boolean monthDue(int month) {
        return switch (this) {
            case MONTHLY -> true;
            case TERTIAL -> month % 4 == 0;
            case INTERIM_REPORTS -> month == 4 || month == 8;
            case TERM -> month == 6 || month == 12;
            case YEARLY -> false;
        };
    }

    public static Set<FollowUpFrequency> dueIn(String period) {
        return Arrays.stream(values()).filter(f -> f.isDueIn(period))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FollowUpFrequency.class)));
    }
}
