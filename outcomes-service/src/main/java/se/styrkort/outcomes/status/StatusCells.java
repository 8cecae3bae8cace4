package se.styrkort.outcomes.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;

/**
 * Reads what a recomputation needs from the database: the outcomes and stored statuses of a round
 * of indicators, the statuses of sub-indicators, and what a goal's status follows from.
 */
@ApplicationScoped
public class StatusCells {

    /** The outcomes and stored statuses a round of indicators reads, per indicator. */
    public record Reads(Map<UUID, List<Measurement>> measurements, Map<UUID, List<IndicatorStatus>> statuses) {

        public List<Measurement> measurements(UUID indicator) {
            return measurements.getOrDefault(indicator, List.of());
        }

        public List<IndicatorStatus> statuses(UUID indicator) {
            return statuses.getOrDefault(indicator, List.of());
        }
    }

    /** What a goal's statuses follow from, per period: stored ones, its indicators' at its owner unit, assessments. */
    public record GoalReads(Map<String, GoalStatus> stored, Map<String, Map<UUID, IndicatorStatus>> atOwner,
            Map<String, Assessment> assessments) {
    }

    /**
     * Reads the outcomes and stored statuses of every indicator of a round in one query per kind and
     * scope, instead of three per indicator: for a batch touching many indicators the round trips
     * and the query plans of the varying {@code in} lists were most of a recomputation. The scoped
     * indicators are read over every unit and period any of them names (and the reference periods
     * their targets compare with, and every benchmark organization's values), a superset that each
     * indicator's rule narrows to its own cells.
     */
    public Reads read(List<PlannedIndicator> indicators, Map<UUID, Set<Cell>> pending, Set<UUID> benchmarkIds) {
        Set<UUID> wide = new HashSet<>();
        Set<UUID> scoped = new HashSet<>();
        Set<UUID> units = new HashSet<>();
        Set<String> periods = new HashSet<>();
        Set<String> read = new HashSet<>();
        for (PlannedIndicator indicator : indicators) {
            Set<Cell> cells = pending.get(indicator.id());
            if (cells == null) {
                wide.add(indicator.id());
                continue;
            }
            scoped.add(indicator.id());
            cells.forEach(c -> {
                units.add(c.unit());
                periods.add(c.period());
            });
            read.addAll(AffectedStatuses.referencePeriods(indicator));
        }
        read.addAll(periods);
        List<Measurement> measurements = new ArrayList<>();
        List<IndicatorStatus> statuses = new ArrayList<>();
        if (!wide.isEmpty()) {
            measurements.addAll(Measurement.list("indicatorId in ?1", wide));
            statuses.addAll(IndicatorStatus.list("indicatorId in ?1", wide));
        }
        if (!scoped.isEmpty() && !units.isEmpty()) {
            Set<UUID> measuredUnits = new HashSet<>(units);
            measuredUnits.addAll(benchmarkIds);
            measurements.addAll(Measurement.list("indicatorId in ?1 and orgUnitId in ?2 and period in ?3", scoped,
                    measuredUnits, read));
            statuses.addAll(IndicatorStatus.list("indicatorId in ?1 and orgUnitId in ?2 and period in ?3", scoped,
                    units, periods));
        }
        Map<UUID, List<Measurement>> measurementsOf = new HashMap<>();
        measurements.forEach(m -> measurementsOf.computeIfAbsent(m.indicatorId, i -> new ArrayList<>()).add(m));
        Map<UUID, List<IndicatorStatus>> statusesOf = new HashMap<>();
        statuses.forEach(st -> statusesOf.computeIfAbsent(st.indicatorId, i -> new ArrayList<>()).add(st));
        return new Reads(measurementsOf, statusesOf);
    }

    /** The stored statuses of sub-indicators, in the given units and periods (null: everywhere). */
    public List<IndicatorStatus> subIndicatorStatuses(List<UUID> subs, Collection<UUID> units, Collection<String> periods) {
        return units == null ? IndicatorStatus.list("indicatorId in ?1", subs)
                : IndicatorStatus.list("indicatorId in ?1 and orgUnitId in ?2 and period in ?3", subs, units, periods);
    }

    /** What a goal's statuses in the given periods (null: all) follow from. */
    public GoalReads goal(PlannedGoal goal, List<UUID> indicatorIds, Set<String> only) {
        Map<UUID, Set<String>> periods = new HashMap<>();
        periods.put(goal.id(), only);
        return goals(List.of(goal), Map.of(goal.id(), indicatorIds), periods).get(goal.id());
    }

    /**
     * What the statuses of many goals, each in its periods (null: all), follow from: one query per
     * kind for all of them, instead of three per goal. Each query reads a superset (every goal's
     * periods, every owner unit) that is narrowed to each goal's own here.
     */
    public Map<UUID, GoalReads> goals(Collection<PlannedGoal> goals, Map<UUID, List<UUID>> indicatorIdsOf,
            Map<UUID, Set<String>> only) {
        Map<UUID, GoalReads> reads = new HashMap<>();
        if (goals.isEmpty()) {
            return reads;
        }
        Set<UUID> goalIds = new HashSet<>();
        Set<String> periods = new HashSet<>();
        boolean allPeriods = false;
        Map<UUID, PlannedGoal> goalOfIndicator = new HashMap<>();
        Set<UUID> owners = new HashSet<>();
        for (PlannedGoal goal : goals) {
            goalIds.add(goal.id());
            Set<String> its = only.get(goal.id());
            if (its == null) {
                allPeriods = true;
            } else {
                periods.addAll(its);
            }
            reads.put(goal.id(), new GoalReads(new HashMap<>(), new HashMap<>(), new HashMap<>()));
            if (goal.ownerUnitId() != null) {
                indicatorIdsOf.getOrDefault(goal.id(), List.of()).forEach(i -> goalOfIndicator.put(i, goal));
                owners.add(goal.ownerUnitId());
            }
        }
        (allPeriods ? GoalStatus.<GoalStatus> list("goalId in ?1", goalIds)
                : GoalStatus.<GoalStatus> list("goalId in ?1 and period in ?2", goalIds, periods))
                .stream().filter(g -> wanted(only.get(g.goalId), g.period))
                .forEach(g -> reads.get(g.goalId).stored().put(g.period, g));
        if (!goalOfIndicator.isEmpty()) {
            for (IndicatorStatus s : allPeriods
                    ? IndicatorStatus.<IndicatorStatus> list("indicatorId in ?1 and orgUnitId in ?2",
                            goalOfIndicator.keySet(), owners)
                    : IndicatorStatus.<IndicatorStatus> list("indicatorId in ?1 and orgUnitId in ?2 and period in ?3",
                            goalOfIndicator.keySet(), owners, periods)) {
                PlannedGoal goal = goalOfIndicator.get(s.indicatorId);
                if (s.orgUnitId.equals(goal.ownerUnitId()) && wanted(only.get(goal.id()), s.period)) {
                    reads.get(goal.id()).atOwner().computeIfAbsent(s.period, p -> new HashMap<>()).put(s.indicatorId, s);
                }
            }
        }
        (allPeriods ? Assessment.<Assessment> list("goalId in ?1", goalIds)
                : Assessment.<Assessment> list("goalId in ?1 and period in ?2", goalIds, periods))
                .stream().filter(a -> wanted(only.get(a.goalId), a.period))
                .forEach(a -> reads.get(a.goalId).assessments().put(a.period, a));
        return reads;
    }

    private static boolean wanted(Set<String> periods, String period) {
        return periods == null || periods.contains(period);
    }
}
