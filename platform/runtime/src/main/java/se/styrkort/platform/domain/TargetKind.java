package se.styrkort.platform.domain;

/**
 * The kinds of målvärde in docs/domain.md, "Target kinds", one per way the seeds word a target:
 * goals-service keeps them, outcomes-service judges outcomes by them.
 */
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
