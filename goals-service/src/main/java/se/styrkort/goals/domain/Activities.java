package se.styrkort.goals.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/**
 * Keeping activities: every change is written together with its event. Unlike goals and targets they
 * stay open after adoption, since their state and comment are what the year's follow-up records.
 */
@ApplicationScoped
public class Activities {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Goals goals;

    /** The optional filters of the activity list; the plan, strategy, unit and year are the goal's. */
    public record Filter(UUID goalId, UUID planId, UUID strategyId, UUID unitId, Integer year, ActivityState state,
            String text) {
    }

    public PanacheQuery<Activity> list(Filter f) {
        Criteria c = new Criteria()
                .and("goalId = :goalId", "goalId", f.goalId())
                .and("goalId in (select g.id from Goal g where g.planId = :planId)", "planId", f.planId())
                .and("goalId in (select g.id from Goal g where g.overallGoalId in"
                        + " (select o.id from OverallGoal o where o.strategyId = :strategyId))", "strategyId", f.strategyId())
                .and("goalId in (select g.id from Goal g where g.ownerUnitId = :unitId or :unitId member of g.coOwnerUnitIds)",
                        "unitId", f.unitId())
                .and("goalId in (select g.id from Goal g where g.planId in"
                        + " (select p.id from Plan p where p.fromYear <= :year and p.toYear >= :year))", "year", f.year())
                .and("state = :state", "state", f.state())
                .contains("title", f.text());
        return Activity.find(c.query(), Sort.by("goalId").and("startDate").and("createdAt").and("id"), c.parameters());
    }

    public Optional<Activity> find(UUID id) {
        return Activity.find("id", id).firstResultOptional();
    }

    public Activity get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("activity", id));
    }

    @Transactional
    public Activity create(ActivityInput input) {
        input.checkDates();
        goals.find(input.goalId()).orElseThrow(
                () -> ProblemException.badField("goalId", "no goal with id " + input.goalId()));
        Activity activity = new Activity();
        activity.created(caller.getPrincipal().getName());
        activity.goalId = input.goalId();
        apply(activity, input);
        activity.persist();
        events.publish(activity, ChangeType.CREATED);
        return activity;
    }

    @Transactional
    public Activity update(UUID id, String ifMatch, ActivityInput input) {
        input.checkDates();
        Activity activity = get(id);
        Versions.requireMatch(ifMatch, activity.version);
        if (!activity.goalId.equals(input.goalId())) {
            throw ProblemException.badField("goalId", "an activity stays with its goal");
        }
        apply(activity, input);
        events.publish(activity, ChangeType.UPDATED);
        return activity;
    }

    private void apply(Activity activity, ActivityInput input) {
        activity.title = input.title().strip();
        activity.description = input.description();
        activity.startDate = input.startDate();
        activity.endDate = input.endDate();
        activity.responsible = input.responsible();
        activity.state = input.state() == null ? ActivityState.NOT_STARTED : input.state();
        activity.stateComment = input.stateComment();
        activity.changed(caller.getPrincipal().getName());
    }
}
