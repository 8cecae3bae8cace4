package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/**
 * A new version of an adopted plan: a draft copy of everything in it under new ids, linked to the
 * adopted one, which stays readable as adopted. Every copy publishes its own CREATED event.
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
        Plan.<Plan>find("predecessorId", adoptedId).firstResultOptional().ifPresent(next -> {
            throw ProblemException.conflict("Plan '" + adopted.name + "' already has version " + next.planVersion
                    + ": /api/v1/plans/" + next.id);
        });
        String user = caller.getPrincipal().getName();
        Plan draft = copyPlan(adopted, user);
        Map<UUID, UUID> ids = new HashMap<>();
        for (Strategy s : Strategy.<Strategy>list("planId", Sort.by("ordinal"), adoptedId)) {
            Strategy copy = new Strategy();
            copy.created(user);
            copy.planId = draft.id;
            copy.name = s.name;
            copy.description = s.description;
            copy.ordinal = s.ordinal;
            persist(copy, ids, s.id);
        }
        copyOverallGoals(adoptedId, ids, user);
        copyAssignments(adoptedId, ids, user);
        copyGoals(adoptedId, draft.id, ids, user);
        copyIndicators(adoptedId, ids, user);
        copyActivities(adoptedId, ids, user);
        copyControlPlan(adoptedId, draft.id, ids, user);
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

    /** Parents before children, ordered by depth: a child's row refers to its parent's, which must exist first. */
    private void copyOverallGoals(UUID planId, Map<UUID, UUID> ids, String user) {
        List<OverallGoal> all = OverallGoal.list("strategyId in (select s.id from Strategy s where s.planId = ?1)",
                Sort.by("ordinal"), planId);
        Map<UUID, OverallGoal> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.id, o));
        List<OverallGoal> parentsFirst = new ArrayList<>(all);
        parentsFirst.sort(Comparator.comparingInt(o -> depth(o.id, at -> byId.get(at).parentId, byId::containsKey)));
        for (OverallGoal o : parentsFirst) {
            OverallGoal copy = new OverallGoal();
            copy.created(user);
            copy.strategyId = ids.get(o.strategyId);
            copy.parentId = o.parentId == null ? null : ids.get(o.parentId);
            copy.title = o.title;
            copy.description = o.description;
            copy.ordinal = o.ordinal;
            persist(copy, ids, o.id);
        }
    }

    /** How many parents above a record lie inside the plan being copied (its trees have no cycles). */
    private static int depth(UUID id, Function<UUID, UUID> parentOf, Predicate<UUID> inPlan) {
        int depth = 0;
        for (UUID at = parentOf.apply(id); at != null && inPlan.test(at); at = parentOf.apply(at)) {
            depth++;
        }
        return depth;
    }

    private void copyAssignments(UUID planId, Map<UUID, UUID> ids, String user) {
        for (Assignment a : Assignment.<Assignment>list("overallGoalId in (select o.id from OverallGoal o, Strategy s"
                + " where o.strategyId = s.id and s.planId = ?1)", Sort.by("createdAt"), planId)) {
            Assignment copy = new Assignment();
            copy.created(user);
            copy.overallGoalId = ids.get(a.overallGoalId);
            copy.title = a.title;
            copy.description = a.description;
            copy.assignedUnitIds.addAll(a.assignedUnitIds);
            persist(copy, ids, a.id);
        }
    }

    /** A parent goal in the same plan moves to its copy; one in another body's plan stays as it is. */
    private void copyGoals(UUID planId, UUID draftId, Map<UUID, UUID> ids, String user) {
        List<Goal> goals = new ArrayList<>(Goal.<Goal>list("planId", Sort.by("createdAt").and("id"), planId));
        Map<UUID, Goal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id, g));
        goals.forEach(g -> ids.put(g.id, Ids.next()));
        goals.sort(Comparator.comparingInt(g -> depth(g.id, at -> byId.get(at).parentGoalId, byId::containsKey)));
        for (Goal g : goals) {
            Goal copy = new Goal();
            copy.created(user);
            copy.id = ids.get(g.id);
            copy.planId = draftId;
            copy.ownerUnitId = g.ownerUnitId;
            copy.coOwnerUnitIds.addAll(g.coOwnerUnitIds);
            copy.overallGoalId = g.overallGoalId == null ? null : ids.get(g.overallGoalId);
            copy.parentGoalId = g.parentGoalId == null ? null : ids.getOrDefault(g.parentGoalId, g.parentGoalId);
            copy.title = g.title;
            copy.description = g.description;
            copy.followUpFrequency = g.followUpFrequency;
            copy.followUpLevel = g.followUpLevel;
            copy.genderSplit = g.genderSplit;
            persist(copy, ids, g.id);
        }
    }

    private void copyIndicators(UUID planId, Map<UUID, UUID> ids, String user) {
        List<Indicator> indicators = new ArrayList<>(Indicator.<Indicator>list(
                "goalId in (select g.id from Goal g where g.planId = ?1)", Sort.by("createdAt").and("id"), planId));
        indicators.forEach(i -> ids.put(i.id, Ids.next()));
        // Sub-indicators (never with subs of their own) first: a K_OF_N indicator's rows refer to them.
        indicators.sort(Comparator.comparing(i -> !i.subIndicatorIds.isEmpty()));
        for (Indicator i : indicators) {
            Indicator copy = new Indicator();
            copy.created(user);
            copy.id = ids.get(i.id);
            copy.goalId = ids.get(i.goalId);
            copy.name = i.name;
            copy.unitOfMeasure = i.unitOfMeasure;
            copy.direction = i.direction;
            copy.followUpFrequency = i.followUpFrequency;
            copy.source = i.source;
            copy.genderSplit = i.genderSplit;
            copy.tolerance = i.tolerance;
            i.subIndicatorIds.forEach(sub -> copy.subIndicatorIds.add(ids.get(sub)));
            copy.externalCodes.putAll(i.externalCodes);
            i.targets.forEach(t -> copy.targets.add(t.copy()));
            i.baselines.forEach(b -> copy.baselines.add(b.copy()));
            persist(copy, ids, i.id);
        }
    }

    private void copyActivities(UUID planId, Map<UUID, UUID> ids, String user) {
        for (Activity a : Activity.<Activity>list("goalId in (select g.id from Goal g where g.planId = ?1)",
                Sort.by("createdAt").and("id"), planId)) {
            Activity copy = new Activity();
            copy.created(user);
            copy.goalId = ids.get(a.goalId);
            copy.title = a.title;
            copy.description = a.description;
            copy.startDate = a.startDate;
            copy.endDate = a.endDate;
            copy.responsible = a.responsible;
            copy.state = a.state;
            copy.stateComment = a.stateComment;
            persist(copy, ids, a.id);
        }
    }

    private void copyControlPlan(UUID planId, UUID draftId, Map<UUID, UUID> ids, String user) {
        for (ControlPoint c : ControlPoint.<ControlPoint>list("planId", Sort.by("createdAt").and("id"), planId)) {
            ControlPoint copy = new ControlPoint();
            copy.created(user);
            copy.planId = draftId;
            copy.controlPoint = c.controlPoint;
            copy.performer = c.performer;
            copy.method = c.method;
            c.followUps.forEach(f -> {
                ControlFollowUp followUp = new ControlFollowUp();
                followUp.date = f.date;
                followUp.result = f.result;
                copy.followUps.add(followUp);
            });
            persist(copy, ids, c.id);
        }
        for (FollowUpItem f : FollowUpItem.<FollowUpItem>list("planId", Sort.by("date").and("id"), planId)) {
            FollowUpItem copy = new FollowUpItem();
            copy.created(user);
            copy.planId = draftId;
            copy.date = f.date;
            copy.bodyUnitId = f.bodyUnitId;
            copy.topic = f.topic;
            copy.responsibleRole = f.responsibleRole;
            persist(copy, ids, f.id);
        }
    }

    private void persist(Tracked copy, Map<UUID, UUID> ids, UUID from) {
        copy.persist();
        ids.put(from, copy.id);
        events.publish(copy, ChangeType.CREATED);
    }
}
