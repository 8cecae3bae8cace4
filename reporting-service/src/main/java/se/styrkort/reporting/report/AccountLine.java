package se.styrkort.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One line of a unit's revenue and cost table ("Intäkter och kostnader") for a period, in SEK with
 * the row's sign: outcome, budget, outcome − budget, last year's outcome, outcome − last year.
 * {@code sum} marks a line computed from others; a figure not recorded is null, and so is a
 * difference with it.
 */
public record AccountLine(UUID orgUnitId, String orgUnitName, UUID structureId, String structure, String account,
        boolean sum, BigDecimal outcome, BigDecimal budget, BigDecimal outcomeMinusBudget, BigDecimal previousYear,
        BigDecimal outcomeMinusPreviousYear) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** The five columns in whole tkr as a report prints them (half up), empty where not known. */
    public List<String> tkr() {
        return Arrays.asList(outcome, budget, outcomeMinusBudget, previousYear, outcomeMinusPreviousYear).stream()
                .map(AccountLine::tkr).toList();
    }

    static String tkr(BigDecimal sek) {
        return sek == null ? "" : sek.divide(THOUSAND, 0, RoundingMode.HALF_UP).toPlainString();
    }
}
