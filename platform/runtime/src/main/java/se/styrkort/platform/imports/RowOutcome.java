package se.styrkort.platform.imports;

/** What an import did with one row. */
public enum RowOutcome {
    /** A new record. */
    ACCEPTED,
    /** The record had these values already: nothing written, no event. */
    UNCHANGED,
    /** A new version of the record with the new values. */
    REVISED,
    /** Not written, for the reason given. */
    REJECTED,
    /** A good row of an all-or-nothing import that had a bad one. */
    NOT_WRITTEN
}
