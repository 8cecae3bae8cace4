package se.styrkort.budget.domain;

/** How a figure covers its period: from 1 January to the period's end (ackumulerat), or the month alone. */
public enum ValueKind {
    ACCUMULATED,
    MONTH
}
