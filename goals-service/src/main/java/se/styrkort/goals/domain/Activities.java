package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;

/**
 * Keeping activities: every change is written together with its event. Unlike goals and targets they
 * stay open after adoption, since their state and comment are what the year's follow-up records.
 */
@ApplicationScoped
public class Activities extends Aggregates<Activity, ActivityInput> {

    @Inject
    Goals goals;

    Activities() {
        super(Activity.class, "activity");
    }

    /** The optional filters of the activity list; the plan, strategy, unit and year are the goal's. */
    public record Filter(UUID goalId, UUID planId, UUID strategyId, UUID unitId, Integer year, ActivityState state,
            String text) {
    }

    public PanacheQuery<Activity> list(Filter f) {
        Filters c = Goals.ofGoal(f.goalId(), f.planId(), f.strategyId(), f.unitId(), f.year())
                .where("state = :state", "state", f.state())
                .contains("title", f.text());
        return Activity.find(c.query(), Sort.by("goalId").and("startDate").and("createdAt").and("id"), c.values());
    }

    @Override
    protected void check(ActivityInput input) {
        input.checkDates();
    }

    @Override
    protected Activity start(ActivityInput input) {
        goals.require("goalId", input.goalId());
        Activity activity = new Activity();
        activity.goalId = input.goalId();
        return activity;
    }

    @Override
    protected void keep(Activity activity, ActivityInput input) {
        stays(activity.goalId, input.goalId(), "goalId", "an activity stays with its goal");
    }

    @Override
    protected void apply(Activity activity, ActivityInput input) {
        activity.title = input.title().strip();
        activity.description = input.description();
        activity.startDate = input.startDate();
        activity.endDate = input.endDate();
        activity.responsible = input.responsible();
        activity.state = input.state() == null ? ActivityState.NOT_STARTED : input.state();
        activity.stateComment = input.stateComment();
    }
}
