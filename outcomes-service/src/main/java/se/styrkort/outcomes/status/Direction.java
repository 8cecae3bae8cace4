package se.styrkort.outcomes.status;

/** Which way an indicator gets better. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
