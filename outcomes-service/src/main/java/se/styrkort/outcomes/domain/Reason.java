package se.styrkort.outcomes.domain;

/** Why a status is what it is, so that a reader can see why a goal is yellow. */
public enum Reason {
    /** The outcome meets the target. */
    MET,
    /** The outcome misses the target, but by no more than the tolerance. */
    WITHIN_TOLERANCE,
    /** The outcome misses the target by more than the tolerance. */
    MISSED,
    /** The indicator is due in the period, but no outcome is recorded. */
    NO_DATA,
    /** The indicator is not followed up in this period. */
    NOT_DUE,
    /** No target for the year, or one still to be decided ("Kompletteras senare"). */
    NO_TARGET,
    /** A BENCHMARK target, but the benchmark organization has no value for the period. */
    NO_BENCHMARK,
    /** An INCREASE/DECREASE target, but the reference value is unknown. */
    NO_REFERENCE,
    /** ACTIVITY: done, in progress, or not done. */
    ACTIVITY_DONE,
    ACTIVITY_IN_PROGRESS,
    ACTIVITY_NOT_DONE,
    /** K_OF_N: how many sub-indicators are green. */
    ENOUGH_SUB_INDICATORS_GREEN,
    SOME_SUB_INDICATORS_GREEN,
    NO_SUB_INDICATOR_GREEN,
    NO_SUB_INDICATOR_MEASURABLE
}
