package se.styrkort.goals.domain;

/** A plan is drafted, then adopted (antagen) by its owner body. */
public enum PlanStatus {
    DRAFT,
    ADOPTED
}
