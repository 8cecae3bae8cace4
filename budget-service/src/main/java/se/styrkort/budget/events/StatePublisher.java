package se.styrkort.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrkort.budget.domain.AccountFigure;
import se.styrkort.budget.domain.AccountStructure;
import se.styrkort.budget.domain.Actual;
import se.styrkort.budget.domain.AdjustmentTotals;
import se.styrkort.budget.domain.BudgetAdjustment;
import se.styrkort.budget.domain.BudgetFrame;
import se.styrkort.budget.domain.ChangeEvents;
import se.styrkort.budget.domain.FinancialIndicator;
import se.styrkort.budget.domain.Forecast;
import se.styrkort.budget.domain.Investment;
import se.styrkort.budget.domain.StaffFigure;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;

/**
 * Publishes every change on {@code styrkort.budget} through the outbox, with the state its contract
 * names: the one bridge from the entities to the events.
 */
@ApplicationScoped
public class StatePublisher implements ChangeEvents {

    @Inject
    Outbox outbox;

    @Inject
    AdjustmentTotals adjustmentTotals;

    @Override
    public Object publish(Tracked aggregate, ChangeType type) {
        return outbox.publish(aggregate, type, () -> state(aggregate));
    }

    private Object state(Tracked aggregate) {
        if (aggregate instanceof BudgetFrame f) {
            return EventMapper.of(f, adjustmentTotals.of(f.id));
        } else if (aggregate instanceof BudgetAdjustment a) {
            return EventMapper.of(a);
        } else if (aggregate instanceof Actual a) {
            return EventMapper.of(a);
        } else if (aggregate instanceof Forecast f) {
            return EventMapper.of(f);
        } else if (aggregate instanceof Investment i) {
            return EventMapper.of(i);
        } else if (aggregate instanceof FinancialIndicator i) {
            return EventMapper.of(i);
        } else if (aggregate instanceof AccountStructure s) {
            return EventMapper.of(s);
        } else if (aggregate instanceof AccountFigure f) {
            return EventMapper.of(f);
        } else if (aggregate instanceof StaffFigure f) {
            return EventMapper.of(f);
        }
        throw new IllegalArgumentException("No event state for " + aggregate.getClass().getName());
    }
}
