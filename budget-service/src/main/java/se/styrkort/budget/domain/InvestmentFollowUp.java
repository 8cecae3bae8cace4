package se.styrkort.budget.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An investment's follow-up for one period: spent so far this year, the forecast for 31 December, a comment. */
@Embeddable
public class InvestmentFollowUp {

    @Column(nullable = false)
    public String period;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal outcomeToDate;

    @Column(precision = 18, scale = 2)
    public BigDecimal forecastYearEnd;

    @Column
    public String comment;

    protected InvestmentFollowUp() {
    }

    public InvestmentFollowUp(String period, BigDecimal outcomeToDate, BigDecimal forecastYearEnd, String comment) {
        this.period = period;
        this.outcomeToDate = outcomeToDate;
        this.forecastYearEnd = forecastYearEnd;
        this.comment = comment;
    }
}
