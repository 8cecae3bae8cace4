package se.styrkort.goals.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrkort.goals.domain.Activity;
import se.styrkort.goals.domain.Assignment;
import se.styrkort.goals.domain.ChangeEvents;
import se.styrkort.goals.domain.ControlPoint;
import se.styrkort.goals.domain.FollowUpItem;
import se.styrkort.goals.domain.Goal;
import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.OrgUnit;
import se.styrkort.goals.domain.OverallGoal;
import se.styrkort.goals.domain.Plan;
import se.styrkort.goals.domain.Strategy;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;

/**
 * Publishes every change on {@code styrkort.goals} through the outbox, with the state its contract
 * names: the one bridge from the entities to the events.
 */
@ApplicationScoped
public class StatePublisher implements ChangeEvents {

    @Inject
    Outbox outbox;

    @Override
    public void publish(Tracked aggregate, ChangeType type) {
        outbox.publish(aggregate, type, () -> state(aggregate));
    }

    private static Object state(Tracked aggregate) {
        if (aggregate instanceof OrgUnit u) {
            return OrgUnitChanged.of(u);
        } else if (aggregate instanceof Plan p) {
            return PlanChanged.of(p);
        } else if (aggregate instanceof Strategy s) {
            return StrategyChanged.of(s);
        } else if (aggregate instanceof OverallGoal o) {
            return OverallGoalChanged.of(o);
        } else if (aggregate instanceof Assignment a) {
            return AssignmentChanged.of(a);
        } else if (aggregate instanceof Goal g) {
            return GoalChanged.of(g);
        } else if (aggregate instanceof Indicator i) {
            return IndicatorChanged.of(i);
        } else if (aggregate instanceof Activity a) {
            return ActivityChanged.of(a);
        } else if (aggregate instanceof ControlPoint c) {
            return ControlPointChanged.of(c);
        } else if (aggregate instanceof FollowUpItem f) {
            return FollowUpItemChanged.of(f);
        }
        throw new IllegalArgumentException("No event state for " + aggregate.getClass().getName());
    }
}

