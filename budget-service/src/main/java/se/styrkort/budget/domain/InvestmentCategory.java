package se.styrkort.budget.domain;

/**
 * Where an investment's money comes from: granted this year, carried over from earlier years (by
 * a decision named in decisionRef), the emergency pot (akuta potten), or outside the frame.
 */
public enum InvestmentCategory {
    GRANTED,
    CARRIED_OVER,
    EMERGENCY,
    OUTSIDE_FRAME
}
