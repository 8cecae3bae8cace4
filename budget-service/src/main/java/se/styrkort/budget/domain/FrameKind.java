package se.styrkort.budget.domain;

/** A frame for the coming budget year, or for a later year of the multi-year plan. */
public enum FrameKind {
    BUDGET,
    PLAN
}
