package se.styrkort.reporting.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.tenant.CurrentTenant;
import se.styrkort.reporting.readmodel.Goal;
import se.styrkort.reporting.readmodel.GoalStatus;
import se.styrkort.reporting.readmodel.OverallGoal;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.readmodel.Rows;
import se.styrkort.reporting.readmodel.Strategy;

/**
 * Keeps the roll-ups published on {@code styrkort.reporting} in step with the read model: after a
 * change is applied, the roll-ups of the plans it touches are computed again, and each one whose
 * figures changed is published with its full state, in the same transaction as the change (the
 * platform's outbox). A roll-up that did not change publishes nothing.
 */
@ApplicationScoped
public class RollupPublisher {

    @Inject
    Rollups rollups;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    /** The plans (and for a goal status, the period) an event's aggregate belongs to, as the read model has it now. */
    public Affected affected(IncomingEvent event, Rows rows) {
        Set<UUID> plans = new LinkedHashSet<>();
        UUID id = ReadModel.uuid(event.aggregateId());
        if (id == null) {
            // Not an aggregate of the read model: applying it fails with the reason.
            return new Affected(plans, null);
        }
        String period = null;
        switch (event.aggregateType()) {
            case "plan" -> {
                if (rows.find(PlanSummary.class, id) != null) {
                    plans.add(id);
                }
            }
            case "goal-status" -> {
                GoalStatus s = rows.find(GoalStatus.class, id);
                if (s != null) {
                    period = s.period;
                    plans.add(s.planId != null ? s.planId : planOfGoal(s.goalId, rows));
                }
            }
            case "goal" -> plans.add(planOfGoal(id, rows));
            case "strategy" -> {
                Strategy s = rows.find(Strategy.class, id);
                plans.add(s == null ? null : s.planId);
            }
            case "overall-goal" -> {
                OverallGoal og = rows.find(OverallGoal.class, id);
                Strategy s = og == null ? null : rows.find(Strategy.class, og.strategyId);
                plans.add(s == null ? null : s.planId);
            }
            case "org-unit" -> plans.addAll(em.createQuery("select distinct g.planId from Goal g where g.ownerUnitId = :unit",
                    UUID.class).setParameter("unit", id).getResultList());
            default -> {
            }
        }
        plans.remove(null);
        return new Affected(plans, period);
    }

    /**
     * Loads, besides the events' own rows (loaded first, see ReadModel#load), what {@link #affected}
     * looks up through them, before and after each event: the goal of a goal status that names no
     * plan, the strategy of an overall goal.
     */
    public void load(Rows rows, List<IncomingEvent> events) {
        List<UUID> goals = new ArrayList<>();
        List<UUID> strategies = new ArrayList<>();
        for (IncomingEvent e : events) {
            switch (e.aggregateType()) {
                case "goal-status" -> {
                    if (e.state().path("planId").isNull() || e.state().path("planId").isMissingNode()) {
                        goals.add(ReadModel.uuid(e.state().path("goalId").textValue()));
                    }
                }
                case "overall-goal" -> strategies.add(ReadModel.uuid(e.state().path("strategyId").textValue()));
                default -> {
                }
            }
        }
        rows.loaded(GoalStatus.class).stream().filter(s -> s.planId == null).forEach(s -> goals.add(s.goalId));
        rows.loaded(OverallGoal.class).forEach(og -> strategies.add(og.strategyId));
        rows.load(Goal.class, goals);
        rows.load(Strategy.class, strategies);
    }

    public record Affected(Set<UUID> plans, String period) {

        public Affected and(Affected other) {
            Set<UUID> all = new LinkedHashSet<>(plans);
            all.addAll(other.plans);
            return new Affected(all, period != null ? period : other.period);
        }
    }

    /**
     * Refreshes what a change touched: for a goal status its period, else every period the plan has
     * roll-ups for. The topics are consumed in parallel, so two changes of one plan may be applied at
     * once: each takes the plan's lock first (in id order, so two never wait for each other), and the
     * second computes the roll-ups again after the first has committed, seeing both changes.
     */
    public void refresh(Affected affected) {
        affected.plans().stream().sorted().forEach(this::lock);
        affected.plans().forEach(this::raiseVersion);
        List<Outbox.Change> changes = new ArrayList<>();
        for (UUID plan : affected.plans()) {
            if (affected.period() != null) {
                refresh(plan, affected.period(), changes);
            } else {
                refreshAll(plan, changes);
            }
        }
        outbox.publishAll(changes);
    }

    /**
     * Refreshes what many changes touched, each plan's roll-ups once: the periods of its goal
     * statuses, or every period where one change did not name a period. The locks as above.
     */
    public void refresh(Collection<Affected> touched) {
        Map<UUID, Set<String>> periods = new TreeMap<>();
        for (Affected a : touched) {
            for (UUID plan : a.plans()) {
                if (a.period() == null) {
                    periods.put(plan, null);
                } else if (!periods.containsKey(plan) || periods.get(plan) != null) {
                    periods.computeIfAbsent(plan, p -> new TreeSet<>()).add(a.period());
                }
            }
        }
        periods.keySet().forEach(this::lock);
        periods.keySet().forEach(this::raiseVersion);
        List<Outbox.Change> changes = new ArrayList<>();
        periods.forEach((plan, only) -> {
            if (only == null) {
                refreshAll(plan, changes);
            } else {
                only.forEach(period -> refresh(plan, period, changes));
            }
        });
        outbox.publishAll(changes);
    }

    /** Every period of the plan that has a goal status or a published roll-up. */
    public void refreshAll(UUID plan) {
        List<Outbox.Change> changes = new ArrayList<>();
        refreshAll(plan, changes);
        outbox.publishAll(changes);
    }

    /**
     * Every refresh adds the roll-ups it changed to {@code changes}, published by the caller at its
     * end with one flush and one batched insert rather than a flush per roll-up. A refresh touches
     * each roll-up once (each plan and period once), so the state taken after that one flush is the
     * state it published before, and the order of the changes stays theirs.
     */
    private void refreshAll(UUID plan, List<Outbox.Change> changes) {
        raiseVersion(plan);
        Set<String> periods = new TreeSet<>(em.createQuery(
                "select distinct s.period from GoalStatus s where s.planId = :plan", String.class)
                .setParameter("plan", plan).getResultList());
        periods.addAll(em.createQuery("select distinct r.period from PublishedRollup r where r.planId = :plan", String.class)
                .setParameter("plan", plan).getResultList());
        periods.forEach(p -> refresh(plan, p, changes));
    }

    /** Computes the plan's roll-ups at every level for the period and publishes those that changed. */
    public void refresh(UUID plan, String period) {
        List<Outbox.Change> changes = new ArrayList<>();
        refresh(plan, period, changes);
        outbox.publishAll(changes);
    }

    private void refresh(UUID plan, String period, List<Outbox.Change> changes) {
        String tenantId = tenant.get().orElseThrow();
        List<GoalLine> goals = rollups.goals(plan, period);
        Rollups.Structure structure = rollups.structure(plan, goals);
        Map<UUID, PublishedRollup> existing = new HashMap<>();
        em.createQuery("from PublishedRollup where planId = :plan and period = :period", PublishedRollup.class)
                .setParameter("plan", plan).setParameter("period", period).getResultList()
                .forEach(r -> existing.put(r.id, r));
        for (RollupLevel level : RollupLevel.values()) {
            for (Rollups.Group g : rollups.groups(structure, goals, level)) {
                UUID id = PublishedRollup.idOf(tenantId, plan, period, level, g.keyId());
                PublishedRollup p = existing.remove(id);
                if (p == null) {
                    p = new PublishedRollup();
                    p.id = id;
                    p.planId = plan;
                    p.period = period;
                    p.level = level;
                    p.keyId = g.keyId();
                    p.createdAt = Instant.now();
                    p.createdBy = PublishedRollup.PUBLISHER;
                    p.changed(PublishedRollup.PUBLISHER);
                    p.take(g.keyName(), g.rollup());
                    p.persist();
                    changes.add(change(p, ChangeType.CREATED));
                } else if (p.take(g.keyName(), g.rollup())) {
                    p.changed(PublishedRollup.PUBLISHER);
                    changes.add(change(p, ChangeType.UPDATED));
                }
            }
        }
        // A key with no goals left (a unit that owns none now) is published once more, empty.
        for (PublishedRollup gone : existing.values()) {
            if (gone.take(gone.keyName, Rollup.of(List.of()))) {
                gone.changed(PublishedRollup.PUBLISHER);
                changes.add(change(gone, ChangeType.UPDATED));
            }
        }
    }

    /** Marks the plan's roll-up answers as out of date (see RollupViewCache). */
    private void raiseVersion(UUID plan) {
        em.createNativeQuery("""
                insert into plan_read_version (tenant, plan_id, version) values (?1, ?2, 1)
                on conflict (tenant, plan_id) do update set version = plan_read_version.version + 1""")
                .setParameter(1, tenant.get().orElseThrow()).setParameter(2, plan)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("plan_read_version").executeUpdate();
    }

    /** A transaction-scoped PostgreSQL advisory lock on the plan's roll-ups. */
    private void lock(UUID plan) {
        // No table: nothing needs flushing first (a native statement otherwise flushes everything).
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, plan.getMostSignificantBits() ^ plan.getLeastSignificantBits())
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("pg_advisory_xact_lock").getSingleResult();
    }

    private static Outbox.Change change(PublishedRollup p, ChangeType change) {
        return new Outbox.Change(p, change, () -> RollupState.of(p));
    }

    private UUID planOfGoal(UUID goalId, Rows rows) {
        Goal g = goalId == null ? null : rows.find(Goal.class, goalId);
        return g == null ? null : g.planId;
    }
}
