package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.domain.Tracked;

/**
 * The records of an adopted plan copied into its new version under new ids: a reference to a record
 * inside the plan moves to that record's copy, one to a record outside it stays. It reads and writes
 * nothing; {@link PlanVersions} reads the records and persists the copies, parents before children.
 */
final class PlanCopy {

    private final UUID draftId;
    private final String user;
    private final Map<UUID, UUID> ids = new HashMap<>();

    PlanCopy(UUID draftId, String user) {
        this.draftId = draftId;
        this.user = user;
    }

    /** Gives records their copies' ids before any is copied, for references that run in any order. */
    void reserve(Collection<UUID> originals) {
        originals.forEach(id -> ids.put(id, Ids.next()));
    }

    /** The id of a record's copy; null for a record not copied (yet). */
    UUID idOf(UUID original) {
        return ids.get(original);
    }

    Strategy of(Strategy s) {
        Strategy copy = inDraft(new Strategy(), s);
        copy.name = s.name;
        copy.description = s.description;
        copy.ordinal = s.ordinal;
        return copy;
    }

    /** Its strategy and parent must be copied first. */
    OverallGoal of(OverallGoal o) {
        OverallGoal copy = created(new OverallGoal(), o.id);
        copy.strategyId = ids.get(o.strategyId);
        copy.parentId = o.parentId == null ? null : ids.get(o.parentId);
        copy.title = o.title;
        copy.description = o.description;
        copy.ordinal = o.ordinal;
        return copy;
    }

    Assignment of(Assignment a) {
        Assignment copy = created(new Assignment(), a.id);
        copy.overallGoalId = ids.get(a.overallGoalId);
        copy.title = a.title;
        copy.description = a.description;
        copy.assignedUnitIds.addAll(a.assignedUnitIds);
        return copy;
    }

    /** A parent goal in the same plan moves to its copy; one in another body's plan stays as it is. */
    Goal of(Goal g) {
        Goal copy = inDraft(new Goal(), g);
        copy.ownerUnitId = g.ownerUnitId;
        copy.coOwnerUnitIds.addAll(g.coOwnerUnitIds);
        copy.overallGoalId = g.overallGoalId == null ? null : ids.get(g.overallGoalId);
        copy.parentGoalId = g.parentGoalId == null ? null : ids.getOrDefault(g.parentGoalId, g.parentGoalId);
        copy.title = g.title;
        copy.description = g.description;
        copy.followUpFrequency = g.followUpFrequency;
        copy.followUpLevel = g.followUpLevel;
        copy.genderSplit = g.genderSplit;
        return copy;
    }

    Indicator of(Indicator i) {
        Indicator copy = created(new Indicator(), i.id);
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
        return copy;
    }

    Activity of(Activity a) {
        Activity copy = created(new Activity(), a.id);
        copy.goalId = ids.get(a.goalId);
        copy.title = a.title;
        copy.description = a.description;
        copy.startDate = a.startDate;
        copy.endDate = a.endDate;
        copy.responsible = a.responsible;
        copy.state = a.state;
        copy.stateComment = a.stateComment;
        return copy;
    }

    ControlPoint of(ControlPoint c) {
        ControlPoint copy = inDraft(new ControlPoint(), c);
        copy.controlPoint = c.controlPoint;
        copy.performer = c.performer;
        copy.method = c.method;
        c.followUps.forEach(f -> {
            ControlFollowUp followUp = new ControlFollowUp();
            followUp.date = f.date;
            followUp.result = f.result;
            copy.followUps.add(followUp);
        });
        return copy;
    }

    FollowUpItem of(FollowUpItem f) {
        FollowUpItem copy = inDraft(new FollowUpItem(), f);
        copy.kind = f.kind;
        copy.date = f.date;
        copy.endDate = f.endDate;
        copy.section = f.section;
        copy.bodyUnitId = f.bodyUnitId;
        copy.topic = f.topic;
        copy.responsibleRole = f.responsibleRole;
        return copy;
    }

    /**
     * The records ordered by how many of their parents are among them, parents first and otherwise in
     * the order given: a child's row refers to its parent's, which must exist first. Trees have no cycles.
     */
    static <T> List<T> parentsFirst(List<T> records, Function<T, UUID> idOf, Function<T, UUID> parentOf) {
        Map<UUID, T> byId = new HashMap<>();
        records.forEach(r -> byId.put(idOf.apply(r), r));
        List<T> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparingInt(r -> depth(r, byId, parentOf)));
        return ordered;
    }

    private static <T> int depth(T record, Map<UUID, T> byId, Function<T, UUID> parentOf) {
        int depth = 0;
        for (UUID at = parentOf.apply(record); at != null && byId.containsKey(at); at = parentOf.apply(byId.get(at))) {
            depth++;
        }
        return depth;
    }

    /** A copy of a part of the adopted plan, in the draft. */
    private <T extends PlanPart> T inDraft(T copy, T original) {
        created(copy, original.id);
        copy.planId = draftId;
        return copy;
    }

    private <T extends Tracked> T created(T copy, UUID original) {
        copy.created(user);
        UUID reserved = ids.putIfAbsent(original, copy.id);
        if (reserved != null) {
            copy.id = reserved;
        }
        return copy;
    }
}
