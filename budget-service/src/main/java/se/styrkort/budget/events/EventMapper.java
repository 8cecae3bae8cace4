package se.styrkort.budget.events;

import java.util.List;

import se.styrkort.budget.domain.AccountFigure;
import se.styrkort.budget.domain.AccountStructure;
import se.styrkort.budget.domain.Actual;
import se.styrkort.budget.domain.Amounts;
import se.styrkort.budget.domain.BudgetAdjustment;
import se.styrkort.budget.domain.BudgetFrame;
import se.styrkort.budget.domain.FinancialIndicator;
import se.styrkort.budget.domain.Forecast;
import se.styrkort.budget.domain.Investment;
import se.styrkort.budget.domain.InvestmentFollowUp;
import se.styrkort.budget.domain.StaffFigure;

/**
 * Maps the entities to the states their events carry: the one place where the published contract
 * meets the domain.
 */
final class EventMapper {

    private EventMapper() {
    }

    static AccountStructureChanged of(AccountStructure s) {
        return new AccountStructureChanged(s.id, s.name,
                s.accounts.stream().map(a -> new AccountStructureChanged.Account(a.name(), a.sumOf())).toList(), s.version,
                s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }

    static AccountFigureChanged of(AccountFigure f) {
        return new AccountFigureChanged(f.id, f.structureId, f.orgUnitId, f.period, f.valueKind, f.account, f.outcome,
                f.budget, f.previousYear, f.version, f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }

    static ActualChanged of(Actual a) {
        return new ActualChanged(a.id, a.orgUnitId, a.year, a.month, a.category, a.amount, a.version, a.createdAt,
                a.createdBy, a.updatedAt, a.updatedBy);
    }

    static BudgetAdjustmentChanged of(BudgetAdjustment a) {
        return new BudgetAdjustmentChanged(a.id, a.frameId, a.effectiveYear, a.kind, a.part, a.amount, a.reason,
                a.decisionRef, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }

    static BudgetFrameChanged of(BudgetFrame f, Amounts adjustments) {
        List<BudgetFrameChanged.Line> lines = f.orderedLines().stream().map(l -> new BudgetFrameChanged.Line(
                l.category, l.amounts().officials(), l.amounts().electedMembers(), l.amounts().net())).toList();
        Amounts adopted = f.adopted();
        return new BudgetFrameChanged(f.id, f.orgUnitId, f.year, f.kind, lines, adopted, adjustments,
                adopted.plus(adjustments), f.version, f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }

    static FinancialIndicatorChanged of(FinancialIndicator i) {
        return new FinancialIndicatorChanged(i.id, i.orgUnitId, i.period, i.code, i.value, i.version, i.createdAt,
                i.createdBy, i.updatedAt, i.updatedBy);
    }

    static ForecastChanged of(Forecast f) {
        return new ForecastChanged(f.id, f.orgUnitId, f.year, f.category, f.amount, f.runRate, f.comment, f.version,
                f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }

    static InvestmentChanged.FollowUp of(InvestmentFollowUp f) {
        return new InvestmentChanged.FollowUp(f.period, f.outcomeToDate, f.forecastYearEnd, f.comment);
    }

    static InvestmentChanged of(Investment i) {
        return new InvestmentChanged(i.id, i.orgUnitId, i.area, i.object, i.investmentType, i.category, i.amount,
                i.orderedYears(), i.decisionRef, i.plannedTime, i.procurementContacted, i.completed,
                i.orderedFollowUps().stream().map(f -> of(f)).toList(), i.version, i.createdAt, i.createdBy,
                i.updatedAt, i.updatedBy);
    }

    static StaffFigureChanged of(StaffFigure f) {
        return new StaffFigureChanged(f.id, f.orgUnitId, f.asOf, f.category, f.total, f.women, f.men, f.version,
                f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }
}
