package se.styrkort.reporting.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.OverallGoal;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.readmodel.Strategy;

/**
 * The roll-ups (docs/domain.md) of one plan in one period, per strategy, overall goal, unit and for the whole
 * plan. It reads the plan's goals with the status that counts for each in the period (the assessed
 * status where there is one; NOT_MEASURABLE for a goal with no status yet) in one indexed query,
 * and the plan's strategies, overall goals and units, a few dozen rows, and groups them here.
 */
@ApplicationScoped
public class Rollups {

    /** The key of goals under no (known) overall goal or strategy. */
    public static final String UNPLACED = "Not placed under a strategy";

    @Inject
    EntityManager em;

    /** What a plan's goals are grouped by. */
    public record Structure(UUID planId, String planName, List<Strategy> strategies, List<OverallGoal> overallGoals,
            Map<UUID, OverallGoal> overallGoalsById, Map<UUID, OrgUnit> units) {

        public UUID strategyOf(GoalLine goal) {
            OverallGoal og = goal.overallGoalId() == null ? null : overallGoalsById.get(goal.overallGoalId());
            return og == null ? null : og.strategyId;
        }

        /** The goal's overall goal and every one above it. */
        public List<UUID> overallGoalsOf(GoalLine goal) {
            List<UUID> chain = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            OverallGoal og = goal.overallGoalId() == null ? null : overallGoalsById.get(goal.overallGoalId());
            while (og != null && seen.add(og.id)) {
                chain.add(og.id);
                og = og.parentId == null ? null : overallGoalsById.get(og.parentId);
            }
            return chain;
        }

        public String unitName(UUID id) {
            OrgUnit u = id == null ? null : units.get(id);
            return u == null ? String.valueOf(id) : u.name;
        }

        public String strategyName(UUID id) {
            return strategies.stream().filter(s -> s.id.equals(id)).map(s -> s.name).findFirst().orElse(UNPLACED);
        }

        public String overallGoalTitle(UUID id) {
            OverallGoal og = id == null ? null : overallGoalsById.get(id);
            return og == null ? null : og.title;
        }
    }

    /** One group's goals and roll-up. */
    public record Group(RollupLevel level, UUID keyId, String keyName, List<GoalLine> goals, Rollup rollup) {
    }

    /** A plan's goals in a period and in the period before it, in the same order. */
    public record Periods(List<GoalLine> now, List<GoalLine> before) {
    }

    public List<GoalLine> goals(UUID planId, String period) {
        List<Object[]> rows = em.createQuery("""
                select g.id, g.title, g.overallGoalId, g.ownerUnitId, s.status
                from Goal g left join GoalStatus s on s.goalId = g.id and s.period = :period
                where g.planId = :plan order by g.title, g.id""", Object[].class)
                .setParameter("plan", planId).setParameter("period", period).getResultList();
        List<GoalLine> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            lines.add(line(r, 4));
        }
        return lines;
    }

    /**
     * The plan's goals with their statuses in a period and in the one before it, which a roll-up
     * compares with: one query instead of two, as a computed roll-up answer needs both.
     */
    public Periods goals(UUID planId, String period, String previous) {
        List<Object[]> rows = em.createQuery("""
                select g.id, g.title, g.overallGoalId, g.ownerUnitId, s.status, p.status
                from Goal g left join GoalStatus s on s.goalId = g.id and s.period = :period
                left join GoalStatus p on p.goalId = g.id and p.period = :previous
                where g.planId = :plan order by g.title, g.id""", Object[].class)
                .setParameter("plan", planId).setParameter("period", period).setParameter("previous", previous)
                .getResultList();
        List<GoalLine> now = new ArrayList<>(rows.size());
        List<GoalLine> before = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            now.add(line(r, 4));
            before.add(line(r, 5));
        }
        return new Periods(now, before);
    }

    /** A goal's row (id, title, overall goal, owner unit) with the status in the given column. */
    private static GoalLine line(Object[] r, int statusColumn) {
        return new GoalLine((UUID) r[0], (String) r[1], (UUID) r[2], (UUID) r[3], status((String) r[statusColumn]));
    }

    /** The plan's strategies, overall goals in tree order, and the units that own its goals. */
    public Structure structure(UUID planId, Collection<GoalLine> goals) {
        PlanSummary plan = em.find(PlanSummary.class, planId);
        List<Strategy> strategies = em
                .createQuery("from Strategy where planId = :plan order by ordinal, name, id", Strategy.class)
                .setParameter("plan", planId).getResultList();
        List<UUID> strategyIds = strategies.stream().map(s -> s.id).toList();
        List<OverallGoal> overallGoals = strategyIds.isEmpty() ? List.of()
                : em.createQuery("from OverallGoal where strategyId in :ids order by ordinal, title, id", OverallGoal.class)
                        .setParameter("ids", strategyIds).getResultList();
        Set<UUID> unitIds = new HashSet<>();
        goals.forEach(g -> unitIds.add(g.ownerUnitId()));
        Map<UUID, OrgUnit> units = new HashMap<>();
        if (!unitIds.isEmpty()) {
            em.createQuery("from OrgUnit where id in :ids", OrgUnit.class).setParameter("ids", unitIds).getResultList()
                    .forEach(u -> units.put(u.id, u));
        }
        Map<UUID, OverallGoal> byId = new LinkedHashMap<>();
        treeOrder(strategies, overallGoals).forEach(og -> byId.put(og.id, og));
        return new Structure(planId, plan == null ? String.valueOf(planId) : plan.name, strategies,
                List.copyOf(byId.values()), byId, units);
    }

    /** Groups the goals at the level: every strategy and overall goal of the plan, even one with no goals yet. */
    public List<Group> groups(Structure s, List<GoalLine> goals, RollupLevel level) {
        Map<UUID, List<GoalLine>> byKey = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<GoalLine> unplaced = new ArrayList<>();
        switch (level) {
            case PLAN -> {
                byKey.put(s.planId(), goals);
                names.put(s.planId(), s.planName());
            }
            case STRATEGY -> {
                s.strategies().forEach(st -> {
                    byKey.put(st.id, new ArrayList<>());
                    names.put(st.id, st.name);
                });
                for (GoalLine g : goals) {
                    UUID strategy = s.strategyOf(g);
                    List<GoalLine> list = strategy == null ? null : byKey.get(strategy);
                    (list == null ? unplaced : list).add(g);
                }
            }
            case OVERALL_GOAL -> {
                s.overallGoals().forEach(og -> {
                    byKey.put(og.id, new ArrayList<>());
                    names.put(og.id, og.title);
                });
                for (GoalLine g : goals) {
                    List<UUID> chain = s.overallGoalsOf(g);
                    if (chain.isEmpty()) {
                        unplaced.add(g);
                    }
                    chain.forEach(og -> byKey.get(og).add(g));
                }
            }
            case UNIT -> {
                goals.stream().map(GoalLine::ownerUnitId).distinct()
                        .sorted(Comparator.comparing((UUID u) -> s.unitName(u)).thenComparing(u -> u))
                        .forEach(u -> {
                            byKey.put(u, new ArrayList<>());
                            names.put(u, s.unitName(u));
                        });
                goals.forEach(g -> byKey.get(g.ownerUnitId()).add(g));
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, list) -> groups.add(group(level, key, names.get(key), list)));
        if (!unplaced.isEmpty()) {
            groups.add(group(level, null, UNPLACED, unplaced));
        }
        return groups;
    }

    private static Group group(RollupLevel level, UUID key, String name, List<GoalLine> goals) {
        return new Group(level, key, name, List.copyOf(goals), Rollup.of(goals.stream().map(GoalLine::status).toList()));
    }

    /** Strategy by strategy, each overall goal followed by those below it. */
    private static List<OverallGoal> treeOrder(List<Strategy> strategies, List<OverallGoal> all) {
        Map<UUID, List<OverallGoal>> children = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        all.forEach(og -> ids.add(og.id));
        for (OverallGoal og : all) {
            UUID parent = og.parentId != null && ids.contains(og.parentId) ? og.parentId : og.strategyId;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(og);
        }
        List<OverallGoal> ordered = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Strategy st : strategies) {
            addTree(st.id, children, ordered, seen);
        }
        return ordered;
    }

    private static void addTree(UUID parent, Map<UUID, List<OverallGoal>> children, List<OverallGoal> ordered, Set<UUID> seen) {
        for (OverallGoal og : children.getOrDefault(parent, List.of())) {
            if (seen.add(og.id)) {
                ordered.add(og);
                addTree(og.id, children, ordered, seen);
            }
        }
    }

    static Status status(String value) {
        if (value == null) {
            return Status.NOT_MEASURABLE;
        }
        try {
            return Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            return Status.NOT_MEASURABLE;
        }
    }
}
