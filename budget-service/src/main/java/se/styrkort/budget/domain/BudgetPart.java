package se.styrkort.budget.domain;

/** The officials' part of a frame (tjänstemannabudget) or the elected members' (förtroendemannabudget). */
public enum BudgetPart {
    OFFICIALS,
    ELECTED_MEMBERS
}
