package se.styrkort.budget.domain;

/** A change for one year only (ettårig omdisponering) or one that stays in later frames. */
public enum AdjustmentKind {
    ONE_OFF,
    PERMANENT
}
