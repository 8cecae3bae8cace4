package se.styrkort.goals.domain;

/** The kinds of målvärde in docs/domain.md, "Target kinds", one per way the seeds word a target. */
public enum TargetKind {
    AT_LEAST,
    AT_MOST,
    RANGE,
    INCREASE,
    DECREASE,
    BENCHMARK,
    ACTIVITY,
    K_OF_N,
    UNDEFINED
}
