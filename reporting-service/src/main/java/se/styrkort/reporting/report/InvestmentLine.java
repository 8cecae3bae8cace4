package se.styrkort.reporting.report;

import java.math.BigDecimal;
import java.util.UUID;

/** An investment with its follow-up for a period: outcome to date, forecast for the year end, completion. */
public record InvestmentLine(UUID id, UUID orgUnitId, String orgUnitName, String area, String object,
        String investmentType, String category, BigDecimal amount, String decisionRef, String plannedTime,
        Boolean procurementContacted, Boolean completed, String followUpPeriod, BigDecimal outcomeToDate,
        BigDecimal forecastYearEnd, String comment) {

    /** The investments of one category summed, as the report's investment table ends. */
    public record CategoryTotal(String category, int count, BigDecimal amount, BigDecimal outcomeToDate,
            BigDecimal forecastYearEnd) {
    }
}
