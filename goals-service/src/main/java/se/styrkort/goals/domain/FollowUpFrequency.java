package se.styrkort.goals.domain;

/**
 * How often a goal is followed up: månadsvis, per tertial, terminsvis, at the interim reports and
 * year end ("DÅ 04, 08, ÅR"), or årsvis.
 */
public enum FollowUpFrequency {
    MONTHLY, TERTIAL, TERM, INTERIM_REPORTS, YEARLY
}
