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
