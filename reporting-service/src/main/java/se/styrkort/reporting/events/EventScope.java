package se.styrkort.reporting.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.reporting.readmodel.EventType;
import se.styrkort.reporting.readmodel.Goal;
import se.styrkort.reporting.readmodel.GoalStatus;
import se.styrkort.reporting.readmodel.OverallGoal;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.readmodel.Rows;
import se.styrkort.reporting.readmodel.Strategy;

/**
 * Which roll-ups an event affects, as the read model has it at that moment: asked before and after
 * the event is applied, so that a goal moved to another plan or unit refreshes both. Only what the
 * roll-ups count by affects them: plans, strategies, overall goals, goals, goal statuses and the
 * units that own goals.
 */
@ApplicationScoped
public class EventScope {

    @Inject
    EntityManager em;

    /** The plans (and for a goal status, the period) the event's aggregate belongs to now. */
    public AffectedRollups of(IncomingEvent event, Rows rows) {
        UUID id = ReadModel.uuid(event.aggregateId());
        EventType type = EventType.of(event.aggregateType()).orElse(null);
        if (id == null || type == null) {
            // Not an aggregate of the read model: applying it fails with the reason, or skips it.
            return AffectedRollups.NONE;
        }
        Set<UUID> plans = new LinkedHashSet<>();
        String period = null;
        switch (type) {
            case PLAN -> {
                if (rows.find(PlanSummary.class, id) != null) {
                    plans.add(id);
                }
            }
            case GOAL_STATUS -> {
                GoalStatus s = rows.find(GoalStatus.class, id);
                if (s != null) {
                    period = s.period;
                    plans.add(s.planId != null ? s.planId : planOfGoal(s.goalId, rows));
                }
            }
            case GOAL -> plans.add(planOfGoal(id, rows));
            case STRATEGY -> {
                Strategy s = rows.find(Strategy.class, id);
                plans.add(s == null ? null : s.planId);
            }
            case OVERALL_GOAL -> {
                OverallGoal og = rows.find(OverallGoal.class, id);
                Strategy s = og == null ? null : rows.find(Strategy.class, og.strategyId);
                plans.add(s == null ? null : s.planId);
            }
            case ORG_UNIT -> plans.addAll(em.createQuery("select distinct g.planId from Goal g where g.ownerUnitId = :unit",
                    UUID.class).setParameter("unit", id).getResultList());
            default -> {
            }
        }
        plans.remove(null);
        return new AffectedRollups(plans, period);
    }

    /**
     * Loads, besides the events' own rows (loaded first, see ReadModel#load), what {@link #of} looks
     * up through them, before and after each event: the goal of a goal status that names no plan,
     * the strategy of an overall goal.
     */
    public void load(Rows rows, List<IncomingEvent> events) {
        List<UUID> goals = new ArrayList<>();
        List<UUID> strategies = new ArrayList<>();
        for (IncomingEvent e : events) {
            EventType type = EventType.of(e.aggregateType()).orElse(null);
            if (type == EventType.GOAL_STATUS
                    && (e.state().path("planId").isNull() || e.state().path("planId").isMissingNode())) {
                goals.add(ReadModel.uuid(e.state().path("goalId").textValue()));
            } else if (type == EventType.OVERALL_GOAL) {
                strategies.add(ReadModel.uuid(e.state().path("strategyId").textValue()));
            }
        }
        rows.loaded(GoalStatus.class).stream().filter(s -> s.planId == null).forEach(s -> goals.add(s.goalId));
        rows.loaded(OverallGoal.class).forEach(og -> strategies.add(og.strategyId));
        rows.load(Goal.class, goals);
        rows.load(Strategy.class, strategies);
    }

    private static UUID planOfGoal(UUID goalId, Rows rows) {
        Goal g = goalId == null ? null : rows.find(Goal.class, goalId);
        return g == null ? null : g.planId;
    }
}
