package se.styrkort.goals.domain;

import java.util.LinkedHashSet;
import java.util.List;
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

/** Keeping the council's assignments to bodies: every change is written together with its event. */
@ApplicationScoped
public class Assignments {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    OverallGoals overallGoals;

    @Inject
    Plans plans;

    @Inject
    OrgUnits units;

    public PanacheQuery<Assignment> list(UUID planId, UUID strategyId, UUID overallGoalId, UUID unitId, String text) {
        Criteria c = new Criteria()
                .and("overallGoalId in (select o.id from OverallGoal o, Strategy s"
                        + " where o.strategyId = s.id and s.planId = :planId)", "planId", planId)
                .and("overallGoalId in (select o.id from OverallGoal o where o.strategyId = :strategyId)",
                        "strategyId", strategyId)
                .and("overallGoalId = :overallGoalId", "overallGoalId", overallGoalId)
                .and(":unitId member of assignedUnitIds", "unitId", unitId)
                .contains("title", text);
        return Assignment.find(c.query(), Sort.by("overallGoalId").and("title"), c.parameters());
    }

    public Optional<Assignment> find(UUID id) {
        return Assignment.find("id", id).firstResultOptional();
    }

    public Assignment get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("assignment", id));
    }

    @Transactional
    public Assignment create(AssignmentInput input) {
        plans.requireDraft(overallGoals.planOf(overallGoals.require("overallGoalId", input.overallGoalId())));
        Assignment assignment = new Assignment();
        assignment.created(caller.getPrincipal().getName());
        assignment.overallGoalId = input.overallGoalId();
        apply(assignment, input);
        assignment.persist();
        events.publish(assignment, ChangeType.CREATED);
        return assignment;
    }

    @Transactional
    public Assignment update(UUID id, String ifMatch, AssignmentInput input) {
        Assignment assignment = get(id);
        plans.requireDraft(overallGoals.planOf(overallGoals.get(assignment.overallGoalId)));
        Versions.requireMatch(ifMatch, assignment.version);
        if (!assignment.overallGoalId.equals(input.overallGoalId())) {
            throw ProblemException.badField("overallGoalId", "an assignment stays below its overall goal");
        }
        apply(assignment, input);
        events.publish(assignment, ChangeType.UPDATED);
        return assignment;
    }

    private void apply(Assignment assignment, AssignmentInput input) {
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
        assignment.changed(caller.getPrincipal().getName());
    }
}
