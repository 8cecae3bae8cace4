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

/** Keeping the overall goal trees below strategies: every change is written together with its event. */
@ApplicationScoped
public class OverallGoals {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Strategies strategies;

    @Inject
    Plans plans;

    public PanacheQuery<OverallGoal> list(UUID planId, UUID strategyId, UUID parentId, String text) {
        Criteria c = new Criteria()
                .and("strategyId in (select s.id from Strategy s where s.planId = :planId)", "planId", planId)
                .and("strategyId = :strategyId", "strategyId", strategyId)
                .and("parentId = :parentId", "parentId", parentId)
                .contains("title", text);
        return OverallGoal.find(c.query(), Sort.by("strategyId").and("ordinal").and("title"), c.parameters());
    }

    public Optional<OverallGoal> find(UUID id) {
        return OverallGoal.find("id", id).firstResultOptional();
    }

    public OverallGoal get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("overall goal", id));
    }

    public OverallGoal require(String field, UUID id) {
        return find(id).orElseThrow(() -> ProblemException.badField(field, "no overall goal with id " + id));
    }

    /** The plan an overall goal belongs to, through its strategy. */
    public UUID planOf(OverallGoal goal) {
        return strategies.get(goal.strategyId).planId;
    }

    @Transactional
    public OverallGoal create(OverallGoalInput input) {
        plans.requireDraft(strategies.require("strategyId", input.strategyId()).planId);
        OverallGoal goal = new OverallGoal();
        goal.created(caller.getPrincipal().getName());
        goal.strategyId = input.strategyId();
        goal.ordinal = input.ordinal() != null ? input.ordinal()
                : (int) OverallGoal.count("strategyId", input.strategyId()) + 1;
        apply(goal, input);
        goal.persist();
        events.publish(goal, ChangeType.CREATED);
        return goal;
    }

    @Transactional
    public OverallGoal update(UUID id, String ifMatch, OverallGoalInput input) {
        OverallGoal goal = get(id);
        plans.requireDraft(planOf(goal));
        Versions.requireMatch(ifMatch, goal.version);
        if (!goal.strategyId.equals(input.strategyId())) {
            throw ProblemException.badField("strategyId", "an overall goal stays below its strategy");
        }
        if (input.ordinal() != null) {
            goal.ordinal = input.ordinal();
        }
        apply(goal, input);
        events.publish(goal, ChangeType.UPDATED);
        return goal;
    }

    private void apply(OverallGoal goal, OverallGoalInput input) {
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
        goal.changed(caller.getPrincipal().getName());
    }
}
