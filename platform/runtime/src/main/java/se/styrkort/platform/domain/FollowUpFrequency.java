package se.styrkort.platform.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often a goal or an indicator is followed up: månadsvis, per tertial, terminsvis, at the
 * interim reports and year end ("DÅ 04, 08, ÅR"), or årsvis; and which periods that makes due
 * (docs/domain.md, "Follow-up frequency and what is due"). goals-service keeps it, outcomes-service
 * reports what is missing by it.
 */
public enum FollowUpFrequency {
    MONTHLY,
    TERTIAL,
    TERM,
    INTERIM_REPORTS,
    YEARLY;

    /**
     * Whether an outcome is due in a period: the year always; a tertial when followed up monthly, per
     * tertial, or at the interim reports (T1 and T2 only); a month when it closes such a period; a term
     * when followed up monthly or per term.
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

    /** The frequencies that make a period due. */
    public static Set<FollowUpFrequency> dueIn(String period) {
        return Arrays.stream(values()).filter(f -> f.isDueIn(period))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FollowUpFrequency.class)));
    }

    /** Whether an outcome is due in a period. An unknown frequency makes every period with an outcome due. */
    public static boolean isDue(FollowUpFrequency frequency, String period) {
        return frequency == null || frequency.isDueIn(period);
    }

    /**
     * The periods of a year an outcome is expected for, as the follow-up names them: tertials,
     * terms or the interim reports (T1, T2) and the year. Monthly follow-up expects the months too.
     * An unknown frequency expects the year only.
     */
    public static List<String> duePeriods(FollowUpFrequency frequency, int year) {
        List<String> periods = new ArrayList<>();
        String y = Integer.toString(year);
        if (frequency == MONTHLY) {
            for (int month = 1; month <= 12; month++) {
                periods.add(y + "-" + (month < 10 ? "0" : "") + month);
            }
        }
        if (frequency == MONTHLY || frequency == TERTIAL) {
            periods.addAll(List.of(y + "-T1", y + "-T2", y + "-T3"));
        } else if (frequency == INTERIM_REPORTS) {
            periods.addAll(List.of(y + "-T1", y + "-T2"));
        } else if (frequency == TERM) {
            periods.addAll(List.of(y + "-VT", y + "-HT"));
        }
        periods.add(y);
        return periods;
    }
}
