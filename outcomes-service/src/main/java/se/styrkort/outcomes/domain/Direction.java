package se.styrkort.outcomes.domain;

/** Which way an indicator gets better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
