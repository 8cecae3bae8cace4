package se.styrkort.goals.domain;

/** Which way an indicator is better; "better" and "worse" in the status rules follow it. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
