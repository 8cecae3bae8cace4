package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.ProblemException;

/** Keeping the overall goal trees below strategies: every change is written together with its event. */
@ApplicationScoped
public class OverallGoals extends Aggregates<OverallGoal, OverallGoalInput> {

    @Inject
    Strategies strategies;

    @Inject
    Plans plans;

    OverallGoals() {
        super(OverallGoal.class, "overall goal");
    }

    public PanacheQuery<OverallGoal> list(UUID planId, UUID strategyId, UUID parentId, String text) {
        Filters c = new Filters()
                .where("strategyId in (select s.id from Strategy s where s.planId = :planId)", "planId", planId)
                .where("strategyId = :strategyId", "strategyId", strategyId)
                .where("parentId = :parentId", "parentId", parentId)
                .contains("title", text);
        return OverallGoal.find(c.query(), Sort.by("strategyId").and("ordinal").and("title"), c.values());
    }

    /** The plan an overall goal belongs to, through its strategy. */
    public UUID planOf(OverallGoal goal) {
        return strategies.get(goal.strategyId).planId;
    }

    @Override
    protected OverallGoal start(OverallGoalInput input) {
        plans.requireDraft(strategies.require("strategyId", input.strategyId()).planId);
        OverallGoal goal = new OverallGoal();
        goal.strategyId = input.strategyId();
        goal.ordinal = input.ordinal() != null ? input.ordinal()
                : (int) OverallGoal.count("strategyId", input.strategyId()) + 1;
        return goal;
    }

    @Override
    protected void requireChangeable(OverallGoal goal) {
        plans.requireDraft(planOf(goal));
    }

    @Override
    protected void keep(OverallGoal goal, OverallGoalInput input) {
        stays(goal.strategyId, input.strategyId(), "strategyId", "an overall goal stays below its strategy");
        if (input.ordinal() != null) {
            goal.ordinal = input.ordinal();
        }
    }

    @Override
    protected void apply(OverallGoal goal, OverallGoalInput input) {
        if (input.parentId() != null && !input.parentId().equals(goal.parentId)) {
            OverallGoal parent = require("parentId", input.parentId());
            if (!parent.strategyId.equals(goal.strategyId)) {
                throw ProblemException.badField("parentId", "the parent is below another strategy");
            }
            Trees.refuseCycle("parentId", goal.id, parent.id, at -> find(at).map(g -> g.parentId).orElse(null));
        }
        goal.parentId = input.parentId();
        goal.title = input.title().strip();
        goal.description = input.description();
    }
}
