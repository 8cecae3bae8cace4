package se.styrkort.goals.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;

/** Keeping the council's assignments to bodies: every change is written together with its event. */
@ApplicationScoped
public class Assignments extends Aggregates<Assignment, AssignmentInput> {

    @Inject
    OverallGoals overallGoals;

    @Inject
    Plans plans;

    @Inject
    OrgUnits units;

    Assignments() {
        super(Assignment.class, "assignment");
    }

    public PanacheQuery<Assignment> list(UUID planId, UUID strategyId, UUID overallGoalId, UUID unitId, String text) {
        Filters c = new Filters()
                .where("overallGoalId in (select o.id from OverallGoal o, Strategy s"
                        + " where o.strategyId = s.id and s.planId = :planId)", "planId", planId)
                .where("overallGoalId in (select o.id from OverallGoal o where o.strategyId = :strategyId)",
                        "strategyId", strategyId)
                .where("overallGoalId = :overallGoalId", "overallGoalId", overallGoalId)
                .where(":unitId member of assignedUnitIds", "unitId", unitId)
                .contains("title", text);
        return Assignment.find(c.query(), Sort.by("overallGoalId").and("title"), c.values());
    }

    @Override
    protected Assignment start(AssignmentInput input) {
        plans.requireDraft(overallGoals.planOf(overallGoals.require("overallGoalId", input.overallGoalId())));
        Assignment assignment = new Assignment();
        assignment.overallGoalId = input.overallGoalId();
        return assignment;
    }

    @Override
    protected void requireChangeable(Assignment assignment) {
        plans.requireDraft(overallGoals.planOf(overallGoals.get(assignment.overallGoalId)));
    }

    @Override
    protected void keep(Assignment assignment, AssignmentInput input) {
        stays(assignment.overallGoalId, input.overallGoalId(), "overallGoalId",
                "an assignment stays below its overall goal");
    }

    @Override
    protected void apply(Assignment assignment, AssignmentInput input) {
        List<UUID> assigned = input.assignedUnitIds() == null ? List.of() : input.assignedUnitIds();
        for (int i = 0; i < assigned.size(); i++) {
            if (!assignment.assignedUnitIds.contains(assigned.get(i))) {
                units.requireActive("assignedUnitIds[" + i + "]", assigned.get(i));
            }
        }
        assignment.title = input.title().strip();
        assignment.description = input.description();
        // Replaced in place: Hibernate tracks the collection it loaded.
        assignment.assignedUnitIds.retainAll(assigned);
        assignment.assignedUnitIds.addAll(new LinkedHashSet<>(assigned));
    }
}
