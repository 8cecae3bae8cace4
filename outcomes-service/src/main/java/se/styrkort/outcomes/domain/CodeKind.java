package se.styrkort.outcomes.domain;

/** What a source system's code stands for. */
public enum CodeKind {
    INDICATOR,
    ORG_UNIT
}
