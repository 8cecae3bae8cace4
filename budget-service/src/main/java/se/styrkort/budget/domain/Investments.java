package se.styrkort.budget.domain;

import java.math.RoundingMode;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Period;

/** Keeping investments and their follow-ups; every change is published with its history. */
@ApplicationScoped
public class Investments extends Figures<Investment> {

    @Inject
    Event<InvestmentFollowedUp> followedUp;

    public Investments() {
        super(Investment.class, "investment");
    }

    /** The investments matching every filter given; a year matches an investment running that year. */
    public PanacheQuery<Investment> list(UUID orgUnitId, Integer year, InvestmentType type,
            InvestmentCategory category, String period) {
        Filters filters = new Filters()
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where(":year member of years", "year", year)
                .where("investmentType = :type", "type", type)
                .where("category = :category", "category", category)
                .where("id in (select i.id from Investment i join i.followUps f where f.period = :period)", "period", period);
        return matching(filters, Sort.by("orgUnitId").and("createdAt").and("id"));
    }

    @Transactional
    public Investment create(InvestmentInput input) {
        Investment investment = new Investment();
        apply(investment, input);
        return insert(investment);
    }

    @Transactional
    public Investment update(UUID id, String ifMatch, InvestmentInput input) {
        Investment investment = current(id, ifMatch);
        apply(investment, input);
        return revise(investment);
    }

    /** Records or replaces the follow-up of one period: a new version of the investment. */
    @Transactional
    public Investment followUp(UUID id, String period, String ifMatch, FollowUpInput input) {
        Investment investment = current(id, ifMatch);
        String p = Period.parse("period", period).toString();
        investment.followUps.removeIf(f -> f.period.equals(p));
        investment.followUps.add(new InvestmentFollowUp(p, input.outcomeToDate().setScale(2, RoundingMode.UNNECESSARY),
                input.forecastYearEnd() == null ? null : input.forecastYearEnd().setScale(2, RoundingMode.UNNECESSARY),
                input.comment() == null || input.comment().isBlank() ? null : input.comment().strip()));
        revise(investment);
        followedUp.fire(new InvestmentFollowedUp(investment.orgUnitId, p));
        return investment;
    }

    private void apply(Investment investment, InvestmentInput input) {
        knownUnit(input.orgUnitId()).when(input.amount().signum() < 0, "amount", "an investment's amount is 0 or more")
                .when(input.category() == InvestmentCategory.CARRIED_OVER && input.decisionRef() == null,
                        "decisionRef", "an investment carried over names the decision that granted it")
                .when(input.years().stream().distinct().count() != input.years().size(), "years",
                        "each year at most once")
                .throwIfAny();
        investment.orgUnitId = input.orgUnitId();
        investment.area = input.area() == null || input.area().isBlank() ? null : input.area().strip();
        investment.object = input.object().strip();
        investment.investmentType = input.investmentType() == null ? InvestmentType.UNKNOWN : input.investmentType();
        investment.category = input.category();
        // Stored to the öre; the input has at most two decimals, so this never rounds.
        investment.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        investment.years.clear();
        investment.years.addAll(input.years());
        investment.decisionRef = input.decisionRef();
        investment.plannedTime = input.plannedTime() == null || input.plannedTime().isBlank() ? null
                : input.plannedTime().strip();
        investment.procurementContacted = Boolean.TRUE.equals(input.procurementContacted());
        investment.completed = Boolean.TRUE.equals(input.completed());
    }
}
