package se.styrkort.budget.domain;

/** NY or RE in the regions' investment lists; UNKNOWN where a list does not say (002's interim report). */
public enum InvestmentType {
    NEW,
    REINVESTMENT,
    UNKNOWN
}
