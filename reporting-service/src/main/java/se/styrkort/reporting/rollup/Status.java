package se.styrkort.reporting.rollup;

/** A goal's colour in a report: grön, gul, röd, ej mätbar. */
public enum Status {
    GREEN,
    YELLOW,
    RED,
    NOT_MEASURABLE
}
