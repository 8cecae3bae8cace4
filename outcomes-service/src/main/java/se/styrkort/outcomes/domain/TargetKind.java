package se.styrkort.outcomes.domain;

/** The kinds of target value of docs/domain.md, "Target kinds". */
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
