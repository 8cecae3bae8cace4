package se.styrkort.budget.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.budget.domain.InvestmentCategory;
import se.styrkort.budget.domain.InvestmentType;

/**
 * The state a {@code se.styrkort.investment.changed.v1} event carries: an investment with its
 * follow-ups by period, as published and kept apart from its REST view so that either can change without the other.
 */
public record InvestmentChanged(UUID id, UUID orgUnitId, String area, String object, InvestmentType investmentType,
        InvestmentCategory category, BigDecimal amount, List<Integer> years, String decisionRef, String plannedTime,
        boolean procurementContacted, boolean completed, List<FollowUp> followUps, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public record FollowUp(String period, BigDecimal outcomeToDate, BigDecimal forecastYearEnd, String comment) {
    }
}
