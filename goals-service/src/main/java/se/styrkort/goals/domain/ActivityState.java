package se.styrkort.goals.domain;

/** Where an activity stands; the ACTIVITY target rule reads DONE as "Ja, genomförd", IN_PROGRESS as "Pågående". */
public enum ActivityState {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
