package se.styrkort.budget.domain;

/** NY or RE in the regions' investment lists. */
public enum InvestmentType {
    NEW,
    REINVESTMENT
}
