package se.styrkort.outcomes.domain;

/** What recording a measurement's natural identity did. */
public enum RecordOutcome {
    /** It was new. */
    ACCEPTED,
    /** It had these values already: nothing written, no event. */
    UNCHANGED,
    /** It had other values: a new revision, the old one kept. */
    REVISED
}
