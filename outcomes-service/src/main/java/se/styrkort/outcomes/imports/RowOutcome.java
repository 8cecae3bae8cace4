package se.styrkort.outcomes.imports;

/** What an import did with one row. */
public enum RowOutcome {
    /** A new measurement. */
    ACCEPTED,
    /** The measurement had these values already. */
    UNCHANGED,
    /** A new revision of the measurement. */
    REVISED,
    /** Not written, for the reason given. */
    REJECTED,
    /** A good row of an all-or-nothing import that had a bad one. */
    NOT_WRITTEN
}
