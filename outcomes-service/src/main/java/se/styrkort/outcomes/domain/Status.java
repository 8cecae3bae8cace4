package se.styrkort.outcomes.domain;

/** grön, gul, röd, ej mätbar. */
public enum Status {
    GREEN,
    YELLOW,
    RED,
    NOT_MEASURABLE;

    public boolean measurable() {
        return this != NOT_MEASURABLE;
    }
}
