package se.styrkort.goals.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.ProblemException;

/** Keeping goals: every change is written together with its event. */
@ApplicationScoped
public class Goals extends PlanParts<Goal, GoalInput> {

    @Inject
    OrgUnits units;

    @Inject
    OverallGoals overallGoals;

    /** Records of goals in plans covering a year, named by the parameter. */
    static final String COVERS = "goalId in (select g.id from Goal g, Plan p where g.planId = p.id"
            + " and p.fromYear <= :%1$s and p.toYear >= :%1$s)";

    Goals() {
        super(Goal.class, Goal::new, "goal", Adoption.FREEZES);
    }

    public PanacheQuery<Goal> list(UUID planId, UUID strategyId, UUID overallGoalId, UUID unitId, Integer year,
            String text) {
        Filters c = inPlan(planId, year)
                .where("overallGoalId in (select o.id from OverallGoal o where o.strategyId = :strategyId)",
                        "strategyId", strategyId)
                .where("overallGoalId = :overallGoalId", "overallGoalId", overallGoalId)
                .where("(ownerUnitId = :unitId or :unitId member of coOwnerUnitIds)", "unitId", unitId)
                .contains("title", text);
        return Goal.find(c.query(), Sort.by("planId").and("createdAt").and("id"), c.values());
    }

    /**
     * The filters of a list of records that belong to a goal (activities, indicators): the goal, its
     * plan, its strategy (through its overall goal), its unit (owner or co-owner) and a year its plan
     * covers; each optional.
     */
    static Filters ofGoal(UUID goalId, UUID planId, UUID strategyId, UUID unitId, Integer year) {
        return new Filters()
                .where("goalId = :goalId", "goalId", goalId)
                .where("goalId in (select g.id from Goal g where g.planId = :planId)", "planId", planId)
                .where("goalId in (select g.id from Goal g, OverallGoal o where g.overallGoalId = o.id"
                        + " and o.strategyId = :strategyId)", "strategyId", strategyId)
                .where("goalId in (select g.id from Goal g where g.ownerUnitId = :unitId or :unitId member of"
                        + " g.coOwnerUnitIds)", "unitId", unitId)
                .where(COVERS.formatted("year"), "year", year);
    }

    @Override
    protected void apply(Goal goal, GoalInput input) {
        if (!input.ownerUnitId().equals(goal.ownerUnitId)) {
            units.requireActive("ownerUnitId", input.ownerUnitId());
        }
        List<UUID> coOwners = input.coOwnerUnitIds() == null ? List.of() : input.coOwnerUnitIds();
        for (int i = 0; i < coOwners.size(); i++) {
            String field = "coOwnerUnitIds[" + i + "]";
            if (coOwners.get(i).equals(input.ownerUnitId())) {
                throw ProblemException.badField(field, "is the owner already");
            }
            if (!goal.coOwnerUnitIds.contains(coOwners.get(i))) {
                units.requireActive(field, coOwners.get(i));
            }
        }
        if (input.overallGoalId() != null && !input.overallGoalId().equals(goal.overallGoalId)
                && !overallGoals.planOf(overallGoals.require("overallGoalId", input.overallGoalId())).equals(goal.planId)) {
            throw ProblemException.badField("overallGoalId", "the overall goal belongs to another plan");
        }
        if (input.parentGoalId() != null && !input.parentGoalId().equals(goal.parentGoalId)) {
            // A parent may sit in another body's plan: goals cascade across plans, "på alla nivåer".
            find(input.parentGoalId()).orElseThrow(
                    () -> ProblemException.badField("parentGoalId", "no goal with id " + input.parentGoalId()));
            Trees.refuseCycle("parentGoalId", goal.id, input.parentGoalId(),
                    at -> find(at).map(g -> g.parentGoalId).orElse(null));
        }
        goal.ownerUnitId = input.ownerUnitId();
        goal.coOwnerUnitIds.retainAll(coOwners);
        goal.coOwnerUnitIds.addAll(new LinkedHashSet<>(coOwners));
        goal.overallGoalId = input.overallGoalId();
        goal.parentGoalId = input.parentGoalId();
        goal.title = input.title().strip();
        goal.description = input.description();
        goal.followUpFrequency = input.followUpFrequency();
        goal.followUpLevel = input.followUpLevel() == null || input.followUpLevel().isBlank() ? null
                : input.followUpLevel().strip();
        goal.genderSplit = Boolean.TRUE.equals(input.genderSplit());
    }
}
