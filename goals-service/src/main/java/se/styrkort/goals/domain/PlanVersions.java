package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/**
 * A new version of an adopted plan: a draft copy of everything in it under new ids ({@link PlanCopy}),
 * linked to the adopted one, which stays readable as adopted. Every copy publishes its own CREATED event.
 */
@ApplicationScoped
public class PlanVersions {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Plans plans;

    @Transactional
    public Plan revise(UUID adoptedId) {
        Plan adopted = plans.get(adoptedId);
        if (adopted.status != PlanStatus.ADOPTED) {
            throw ProblemException.conflict("Plan '" + adopted.name + "' is a draft; change it as it is");
        }
        Plan.<Plan> find("predecessorId", adoptedId).firstResultOptional().ifPresent(next -> {
            throw ProblemException.conflict("Plan '" + adopted.name + "' already has version " + next.planVersion
                    + ": /api/v1/plans/" + next.id);
        });
        String user = caller.getPrincipal().getName();
        Plan draft = copyPlan(adopted, user);
        PlanCopy copy = new PlanCopy(draft.id, user);
        Strategy.<Strategy> list("planId", Sort.by("ordinal"), adoptedId).forEach(s -> persist(copy.of(s)));
        List<OverallGoal> overallGoals = OverallGoal.list(
                "strategyId in (select s.id from Strategy s where s.planId = ?1)", Sort.by("ordinal"), adoptedId);
        PlanCopy.parentsFirst(overallGoals, o -> o.id, o -> o.parentId).forEach(o -> persist(copy.of(o)));
        Assignment.<Assignment> list("overallGoalId in (select o.id from OverallGoal o, Strategy s"
                + " where o.strategyId = s.id and s.planId = ?1)", Sort.by("createdAt"), adoptedId)
                .forEach(a -> persist(copy.of(a)));
        List<Goal> goals = Goal.list("planId", Sort.by("createdAt").and("id"), adoptedId);
        copy.reserve(goals.stream().map(g -> g.id).toList());
        PlanCopy.parentsFirst(goals, g -> g.id, g -> g.parentGoalId).forEach(g -> persist(copy.of(g)));
        List<Indicator> indicators = new ArrayList<>(Indicator.<Indicator> list(
                "goalId in (select g.id from Goal g where g.planId = ?1)", Sort.by("createdAt").and("id"), adoptedId));
        copy.reserve(indicators.stream().map(i -> i.id).toList());
        // Sub-indicators (never with subs of their own) first: a K_OF_N indicator's rows refer to them.
        indicators.sort(Comparator.comparing(i -> !i.subIndicatorIds.isEmpty()));
        indicators.forEach(i -> persist(copy.of(i)));
        Activity.<Activity> list("goalId in (select g.id from Goal g where g.planId = ?1)",
                Sort.by("createdAt").and("id"), adoptedId).forEach(a -> persist(copy.of(a)));
        ControlPoint.<ControlPoint> list("planId", Sort.by("createdAt").and("id"), adoptedId)
                .forEach(c -> persist(copy.of(c)));
        FollowUpItem.<FollowUpItem> list("planId", Sort.by("date").and("id"), adoptedId)
                .forEach(f -> persist(copy.of(f)));
        return draft;
    }

    private Plan copyPlan(Plan adopted, String user) {
        Plan draft = new Plan();
        draft.created(user);
        draft.status = PlanStatus.DRAFT;
        draft.name = adopted.name;
        draft.fromYear = adopted.fromYear;
        draft.toYear = adopted.toYear;
        draft.ownerUnitId = adopted.ownerUnitId;
        draft.planVersion = adopted.planVersion + 1;
        draft.predecessorId = adopted.id;
        draft.persist();
        events.publish(draft, ChangeType.CREATED);
        return draft;
    }

    private void persist(Tracked copy) {
        copy.persist();
        events.publish(copy, ChangeType.CREATED);
    }
}
