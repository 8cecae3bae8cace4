package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.budget.domain.Investment;
import se.styrkort.budget.domain.InvestmentCategory;
import se.styrkort.budget.domain.InvestmentFollowUp;
import se.styrkort.budget.domain.InvestmentType;

/** An investment as the API shows it, follow-ups by period. */
public record InvestmentView(UUID id, UUID orgUnitId, String area, String object, InvestmentType investmentType,
        InvestmentCategory category, BigDecimal amount, List<Integer> years, String decisionRef, String plannedTime,
        boolean procurementContacted, boolean completed, List<FollowUp> followUps, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public record FollowUp(String period, BigDecimal outcomeToDate, BigDecimal forecastYearEnd, String comment) {

        static FollowUp of(InvestmentFollowUp f) {
            return new FollowUp(f.period, f.outcomeToDate, f.forecastYearEnd, f.comment);
        }
    }

    public static InvestmentView of(Investment i) {
        return new InvestmentView(i.id, i.orgUnitId, i.area, i.object, i.investmentType, i.category, i.amount,
                i.orderedYears(), i.decisionRef, i.plannedTime, i.procurementContacted, i.completed,
                i.orderedFollowUps().stream().map(FollowUp::of).toList(), i.version, i.createdAt, i.createdBy,
                i.updatedAt, i.updatedBy);
    }
}
