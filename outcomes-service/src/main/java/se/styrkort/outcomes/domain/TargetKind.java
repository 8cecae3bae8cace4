package se.styrkort.outcomes.domain;

/** The kinds of target value of DESIGN.md "Status rules". */
public enum TargetKind {
    AT_LEAST, AT_MOST, RANGE, INCREASE, DECREASE, BENCHMARK, ACTIVITY, K_OF_N, UNDEFINED
}
