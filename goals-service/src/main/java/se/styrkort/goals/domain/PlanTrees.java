package se.styrkort.goals.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;

/** A whole plan read at once: six queries, however deep its trees are. */
@ApplicationScoped
public class PlanTrees {

    @Inject
    Plans plans;

    public PlanTree load(UUID planId) {
        Plan plan = plans.get(planId);
        List<Strategy> strategies = Strategy.list("planId", Sort.by("ordinal").and("name"), planId);
        List<OverallGoal> overallGoals = OverallGoal.list(
                "strategyId in (select s.id from Strategy s where s.planId = ?1)", Sort.by("ordinal").and("title"), planId);
        List<Assignment> assignments = Assignment.list(
                "overallGoalId in (select o.id from OverallGoal o, Strategy s where o.strategyId = s.id and s.planId = ?1)",
                Sort.by("title"), planId);
        List<Goal> goals = Goal.list("planId", Sort.by("createdAt").and("id"), planId);
        List<Indicator> indicators = Indicator.list("goalId in (select g.id from Goal g where g.planId = ?1)",
                Sort.by("createdAt").and("id"), planId);
        List<Activity> activities = Activity.list("goalId in (select g.id from Goal g where g.planId = ?1)",
                Sort.by("startDate").and("createdAt").and("id"), planId);
        return new PlanTree(plan, strategies, overallGoals, assignments, goals, indicators, activities);
    }
}
