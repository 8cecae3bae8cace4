package se.styrkort.outcomes.domain;

/** Whether a value is for its period alone or accumulated from 1 January (ack). */
public enum ValueKind {
    PERIOD,
    ACCUMULATED
}
