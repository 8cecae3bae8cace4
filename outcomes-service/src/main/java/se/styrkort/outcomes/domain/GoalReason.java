package se.styrkort.outcomes.domain;

/** Why a goal's computed status is what it is (docs/domain.md, "A goal's status"). */
public enum GoalReason {
    /** Every measurable indicator is green. */
    ALL_MEASURABLE_GREEN,
    /** Every measurable indicator is red. */
    ALL_MEASURABLE_RED,
    /** The measurable indicators differ. */
    MIXED,
    /** It has indicators, but none is measurable in the period. */
    NONE_MEASURABLE,
    /** It has no indicators: its activities decide, by the ACTIVITY rule. */
    FROM_ACTIVITIES,
    /** Neither indicators nor activities. */
    NO_INDICATORS_OR_ACTIVITIES;

    /** The reason a goal computed from its indicators has for its status. */
    public static GoalReason of(Status goal) {
        return switch (goal) {
            case GREEN -> ALL_MEASURABLE_GREEN;
            case RED -> ALL_MEASURABLE_RED;
            case YELLOW -> MIXED;
            case NOT_MEASURABLE -> NONE_MEASURABLE;
        };
    }
}
