package se.styrkort.budget.imports;

/** What an import did with one row. */
public enum RowOutcome {
    /** A new actual. */
    ACCEPTED,
    /** The actual had this amount already: nothing written, no event. */
    UNCHANGED,
    /** A new version of the actual with the new amount. */
    REVISED,
    /** Not written, for the reason given. */
    REJECTED,
    /** A good row of an all-or-nothing import that had a bad one. */
    NOT_WRITTEN
}
