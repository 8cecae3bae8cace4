package se.styrkort.goals.api;

/** The period strings of DESIGN.md "Periods": a year, a tertial, a month or a term. */
final class Periods {

    static final String PATTERN = "(19|20|21)\\d{2}(-T[1-3]|-(0[1-9]|1[0-2])|-VT|-HT)?";
    static final String MESSAGE = "must be a period such as 2022, 2022-T2, 2022-08 or 2022-HT";

    private Periods() {
    }
}
