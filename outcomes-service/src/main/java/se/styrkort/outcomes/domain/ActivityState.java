package se.styrkort.outcomes.domain;

/** The state of an activity, or of an ACTIVITY indicator's outcome ("Ja, genomförd", "Pågående", "Nej"). */
public enum ActivityState {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
