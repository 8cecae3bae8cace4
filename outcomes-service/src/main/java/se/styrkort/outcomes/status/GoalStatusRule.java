package se.styrkort.outcomes.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.GoalReason;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.platform.domain.FollowUpFrequency;

/**
 * A goal's status from its indicators' statuses at its owner unit (an indicator without one there
 * counts as not measurable), or, with no indicators, from its activities. Reads nothing itself.
 */
public final class GoalStatusRule {

    private GoalStatusRule() {
    }

    /** A goal's computed status in a period, why, and the indicator statuses it follows from. */
    public record GoalVerdict(Status status, GoalReason reason, List<GoalStatus.IndicatorEntry> indicators) {
    }

    /**
     * The periods a goal has or should have a status in: those asked for, else those with a stored
     * status, an indicator status at its owner unit or an assessment, and, for a goal followed up by
     * its activities alone, every period its follow-up makes due in its plan's years.
     */
    public static Set<String> periods(Set<String> only, Collection<String> stored, Collection<String> measuredAtOwner,
            Collection<String> assessed, boolean hasIndicators, boolean hasActivities, FollowUpFrequency frequency,
            List<Integer> planYears) {
        Set<String> periods = new TreeSet<>();
        if (only != null) {
            periods.addAll(only);
            return periods;
        }
        periods.addAll(stored);
        periods.addAll(measuredAtOwner);
        periods.addAll(assessed);
        if (!hasIndicators && hasActivities) {
            planYears.forEach(year -> periods.addAll(FollowUpFrequency.duePeriods(frequency, year)));
        }
        return periods;
    }

    /**
     * The goal's status in one period from its indicators (in the order given) and their statuses
     * there at its owner unit, or from its activities when it has no indicators.
     */
    public static GoalVerdict evaluate(PlannedGoal goal, List<PlannedIndicator> indicators,
            Map<UUID, IndicatorStatus> atOwner, List<ActivityState> activities, String period) {
        List<GoalStatus.IndicatorEntry> entries = new ArrayList<>();
        for (PlannedIndicator indicator : indicators) {
            IndicatorStatus s = atOwner.get(indicator.id());
            entries.add(s != null ? new GoalStatus.IndicatorEntry(indicator.id(), s.status, s.reason)
                    : new GoalStatus.IndicatorEntry(indicator.id(), Status.NOT_MEASURABLE,
                            FollowUpFrequency.isDue(indicator.frequency(goal), period) ? Reason.NO_DATA : Reason.NOT_DUE));
        }
        if (!entries.isEmpty()) {
            Status computed = StatusRule.goal(entries.stream().map(GoalStatus.IndicatorEntry::status).toList());
            return new GoalVerdict(computed, GoalReason.of(computed), entries);
        }
        if (!activities.isEmpty()) {
            return new GoalVerdict(StatusRule.goalFromActivities(activities), GoalReason.FROM_ACTIVITIES, entries);
        }
        return new GoalVerdict(Status.NOT_MEASURABLE, GoalReason.NO_INDICATORS_OR_ACTIVITIES, entries);
    }
}
