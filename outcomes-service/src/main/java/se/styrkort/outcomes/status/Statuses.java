package se.styrkort.outcomes.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import se.styrkort.outcomes.api.GoalStatusView;
import se.styrkort.outcomes.api.IndicatorStatusView;
import se.styrkort.outcomes.domain.Actors;
import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.BenchmarkOrganization;
import se.styrkort.outcomes.domain.BenchmarkOrganizations;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.replica.Affected;
import se.styrkort.outcomes.replica.BaselineState;
import se.styrkort.outcomes.replica.FollowUpFrequency;
import se.styrkort.outcomes.replica.ReplicaActivity;
import se.styrkort.outcomes.replica.ReplicaGoal;
import se.styrkort.outcomes.replica.ReplicaIndicator;
import se.styrkort.outcomes.replica.ReplicaJson;
import se.styrkort.outcomes.replica.ReplicaPlan;
import se.styrkort.outcomes.replica.TargetState;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.tenant.CurrentTenant;

/**
 * Keeps the stored statuses true to the outcomes, targets, benchmarks and activities they follow
 * from. Every write that changes one of those calls in here within its own transaction, so a
 * status and the change behind it commit together; a status whose outcome, target or numbers did
 * not change is left alone and publishes nothing.
 *
 * <p>Statuses exist for every (indicator, org unit, period) with an outcome (NOT_DUE where the
 * indicator is not followed up in that period). A due period without an outcome has no stored
 * status: the event contract counts a missing goal status as NOT_MEASURABLE, and
 * {@code /missing-reports} works out what is due on reading. Storing them would make every new
 * indicator write and publish a status for each period of its plan's years (some 75 for a monthly
 * indicator of a three-year plan), which is what kept the goals consumer and every reader of
 * {@code styrkort.outcomes} behind. A goal's status exists for every period its indicators have one
 * at its owner unit, that it is assessed in, or, with no indicators but activities, that its
 * follow-up makes due.
 */
@ApplicationScoped
public class Statuses {

    @Inject
    Outbox outbox;

    @Inject
    Actors actors;

    @Inject
    CurrentTenant tenant;

    @Inject
    EntityManager em;

    /** An indicator's (unit, period) cells to recompute; null: all of them. */
    private record Scope(Map<UUID, Set<Cell>> cells) {

        void add(UUID indicator, Cell cell) {
            if (!cells.containsKey(indicator)) {
                cells.put(indicator, cell == null ? null : new LinkedHashSet<>());
            }
            Set<Cell> set = cells.get(indicator);
            if (set != null) {
                if (cell == null) {
                    cells.put(indicator, null);
                } else {
                    set.add(cell);
                }
            }
        }
    }

    private record Cell(UUID unit, String period) {
    }

    private record GoalPeriod(UUID goal, String period) {
    }

    /**
     * After measurements were written: their statuses, and where one is a benchmark value or in a
     * target's reference period, every status of its indicator.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outcomesChanged(Collection<MeasurementIdentity> written) {
        if (written.isEmpty()) {
            return;
        }
        Set<UUID> benchmarks = new HashSet<>(BenchmarkOrganization.<BenchmarkOrganization>listAll().stream()
                .map(b -> b.id).toList());
        // An outcome in a period an INCREASE / DECREASE target compares with moves that target's statuses too.
        Map<UUID, Set<String>> referencePeriods = new HashMap<>();
        ReplicaIndicator.<ReplicaIndicator>list("id in ?1", written.stream().map(MeasurementIdentity::indicatorId)
                .collect(Collectors.toSet())).forEach(i -> referencePeriods.put(i.id, i.targets().stream()
                        .map(TargetState::referencePeriod).filter(Objects::nonNull).collect(Collectors.toSet())));
        Scope scope = new Scope(new LinkedHashMap<>());
        for (MeasurementIdentity m : written) {
            boolean wide = benchmarks.contains(m.orgUnitId())
                    || referencePeriods.getOrDefault(m.indicatorId(), Set.of()).contains(m.period());
            scope.add(m.indicatorId(), wide ? null : new Cell(m.orgUnitId(), m.period()));
        }
        publish(changes -> recompute(scope, new HashSet<>(), changes));
    }

    /** After the plan structure changed: every status of these indicators, and of these goals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void structureChanged(Affected affected) {
        Scope scope = new Scope(new LinkedHashMap<>());
        affected.indicators().forEach(i -> scope.add(i, null));
        publish(changes -> recompute(scope, affected.goals(), changes));
    }

    /** After an assessment of a goal: that goal's status for that period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goalAssessed(UUID goalId, String period) {
        lock(Set.of(goalId));
        publish(changes -> recomputeGoal(goalId, Set.of(period), changes));
    }

    /**
     * Takes a transaction-scoped PostgreSQL advisory lock per goal (an indicator without a goal: per
     * indicator), in one order, before any status of theirs is read. Two writes touching one goal (two
     * imports, an import and a target change) would otherwise both write its statuses and one would
     * fail at commit; now the second waits, then reads what the first committed.
     */
    private void lock(Collection<UUID> ids) {
        ids.stream().filter(Objects::nonNull).map(id -> id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                .distinct().sorted().forEach(key -> em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                        .setParameter(1, key).unwrap(NativeQuery.class)
                        .addSynchronizedQuerySpace("pg_advisory_xact_lock").getSingleResult());
    }

    /**
     * Runs a recomputation and publishes what it changed at once: one flush, one batched outbox insert.
     * Meanwhile queries do not flush by themselves: in an import batch each automatic flush
     * dirty-checks every measurement, revision and status the batch holds, and that was most of an
     * import's time. Where a query must see statuses written before it, the recomputation flushes.
     */
    private void publish(java.util.function.Consumer<List<Outbox.Change>> recomputation) {
        List<Outbox.Change> changes = new ArrayList<>();
        Session session = em.unwrap(Session.class);
        FlushMode mode = session.getHibernateFlushMode();
        session.flush();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            recomputation.accept(changes);
        } finally {
            session.setHibernateFlushMode(mode);
        }
        outbox.publishAll(changes);
    }

    /** The computed status an assessment of an indicator at a unit starts from. */
    public Optional<IndicatorStatus> indicatorStatus(UUID indicatorId, UUID orgUnitId, String period) {
        return IndicatorStatus.find("indicatorId = ?1 and orgUnitId = ?2 and period = ?3", indicatorId, orgUnitId, period)
                .firstResultOptional();
    }

    public Optional<GoalStatus> goalStatus(UUID goalId, String period) {
        return GoalStatus.find("goalId = ?1 and period = ?2", goalId, period).firstResultOptional();
    }

    private void recompute(Scope scope, Set<UUID> goalsToo, List<Outbox.Change> changes) {
        Map<String, UUID> benchmarks = BenchmarkOrganization.<BenchmarkOrganization>listAll().stream()
                .collect(Collectors.toMap(b -> b.code, b -> b.id));
        Set<UUID> benchmarkIds = new HashSet<>(benchmarks.values());
        Set<GoalPeriod> goalPeriods = new LinkedHashSet<>();
        Set<UUID> done = new HashSet<>();
        List<ReplicaIndicator> kOfN = null;
        Map<UUID, Set<Cell>> pending = scope.cells();
        Set<UUID> owners = new HashSet<>(goalsToo);
        boolean firstRound = true;
        // K_OF_N indicators count their sub-indicators' statuses: they follow in a later round.
        while (true) {
            List<ReplicaIndicator> indicators = pending.isEmpty() ? new ArrayList<>()
                    : new ArrayList<>(ReplicaIndicator.<ReplicaIndicator>list("id in ?1", pending.keySet()));
            indicators.forEach(i -> owners.add(i.goalId != null ? i.goalId : i.id));
            lock(owners);
            owners.clear();
            if (indicators.isEmpty()) {
                break;
            }
            indicators.sort(Comparator.comparing((ReplicaIndicator i) -> !i.subIndicatorIds().isEmpty()));
            Map<UUID, ReplicaGoal> goals = byId(ReplicaGoal.<ReplicaGoal>list("id in ?1",
                    ids(indicators, i -> i.goalId)), g -> g.id);
            if (kOfN == null) {
                kOfN = ReplicaIndicator.list("subIndicatorIdsJson <> '[]'");
            }
            if (!firstRound) {
                // The round reads the statuses the rounds before it wrote.
                em.flush();
            }
            firstRound = false;
            Reads reads = read(indicators, pending, benchmarkIds);
            Scope parents = new Scope(new LinkedHashMap<>());
            for (ReplicaIndicator indicator : indicators) {
                if (!indicator.subIndicatorIds().isEmpty()) {
                    // It reads its sub-indicators' statuses, which may have been written just before.
                    em.flush();
                }
                ReplicaGoal goal = goals.get(indicator.goalId);
                Set<Cell> cells = pending.get(indicator.id);
                compute(indicator, goal, cells, reads, benchmarks, benchmarkIds, goalPeriods, changes);
                done.add(indicator.id);
                for (ReplicaIndicator parent : kOfN) {
                    if (parent.subIndicatorIds().contains(indicator.id) && !done.contains(parent.id)) {
                        if (cells == null) {
                            parents.add(parent.id, null);
                        } else {
                            cells.forEach(c -> parents.add(parent.id, c));
                        }
                    }
                }
            }
            pending = parents.cells();
        }
        // The goals read the statuses written above.
        em.flush();
        Map<UUID, Set<String>> byGoal = new LinkedHashMap<>();
        goalPeriods.forEach(gp -> byGoal.computeIfAbsent(gp.goal(), g -> new TreeSet<>()).add(gp.period()));
        for (UUID goal : goalsToo) {
            byGoal.put(goal, null);
        }
        byGoal.forEach((goal, periods) -> recomputeGoal(goal, periods, changes));
    }

    /** The outcomes and stored statuses a round of indicators reads, per indicator. */
    private record Reads(Map<UUID, List<Measurement>> measurements, Map<UUID, List<IndicatorStatus>> statuses) {

        List<Measurement> measurements(UUID indicator) {
            return measurements.getOrDefault(indicator, List.of());
        }

        List<IndicatorStatus> statuses(UUID indicator) {
            return statuses.getOrDefault(indicator, List.of());
        }
    }

    /**
     * Reads what {@link #compute} needs for every indicator of a round in one query per kind and
     * scope, instead of three per indicator: for a batch touching many indicators the round trips
     * and the query plans of the varying {@code in} lists were most of a recomputation. The scoped
     * indicators are read over every unit and period any of them names, a superset that compute
     * narrows to each one's own cells.
     */
    private static Reads read(List<ReplicaIndicator> indicators, Map<UUID, Set<Cell>> pending, Set<UUID> benchmarkIds) {
        Set<UUID> wide = new HashSet<>();
        Set<UUID> scoped = new HashSet<>();
        Set<UUID> units = new HashSet<>();
        Set<String> periods = new HashSet<>();
        Set<String> read = new HashSet<>();
        for (ReplicaIndicator indicator : indicators) {
            Set<Cell> cells = pending.get(indicator.id);
            if (cells == null) {
                wide.add(indicator.id);
                continue;
            }
            scoped.add(indicator.id);
            cells.forEach(c -> {
                units.add(c.unit());
                periods.add(c.period());
            });
            indicator.targets().stream().map(TargetState::referencePeriod).filter(Objects::nonNull).forEach(read::add);
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

    /**
     * Recomputes an indicator's statuses in the given cells (null: everywhere it has outcomes or
     * statuses). Only those cells are considered, with the periods INCREASE / DECREASE targets
     * compare with, so that an import batch costs what it touches, not what the indicator has.
     */
    private void compute(ReplicaIndicator indicator, ReplicaGoal goal, Set<Cell> scoped, Reads reads,
            Map<String, UUID> benchmarks, Set<UUID> benchmarkIds, Set<GoalPeriod> goalPeriods,
            List<Outbox.Change> changes) {
        Set<UUID> units = scoped == null ? null : scoped.stream().map(Cell::unit).collect(Collectors.toSet());
        Set<String> periods = scoped == null ? null : scoped.stream().map(Cell::period).collect(Collectors.toSet());
        Set<String> read = periods == null ? null : new HashSet<>(periods);
        if (read != null) {
            indicator.targets().stream().map(TargetState::referencePeriod).filter(Objects::nonNull).forEach(read::add);
        }
        // The round read a superset: these are the rows this indicator's own cells, reference periods
        // and benchmark values would select.
        List<Measurement> all = reads.measurements(indicator.id);
        List<Measurement> measurements = units == null ? all
                : all.stream().filter(m -> units.contains(m.orgUnitId) && read.contains(m.period)).toList();
        List<Measurement> benchmarkValues = units == null || benchmarkIds.isEmpty() ? measurements
                : all.stream().filter(m -> benchmarkIds.contains(m.orgUnitId) && periods.contains(m.period)).toList();
        Map<Cell, Measurement> outcomes = chosen(measurements);
        Map<Cell, Measurement> benchmarkOutcomes = chosen(benchmarkValues);
        Map<Cell, IndicatorStatus> existing = new HashMap<>();
        for (IndicatorStatus s : reads.statuses(indicator.id)) {
            if (units == null || units.contains(s.orgUnitId) && periods.contains(s.period)) {
                existing.put(new Cell(s.orgUnitId, s.period), s);
            }
        }

        Set<Cell> cells = new LinkedHashSet<>();
        outcomes.keySet().stream().filter(c -> !benchmarkIds.contains(c.unit())).forEach(cells::add);
        cells.addAll(existing.keySet());
        FollowUpFrequency frequency = indicator.frequency(goal);
        Map<Cell, List<Status>> subStatuses = new HashMap<>();
        List<UUID> subs = indicator.subIndicatorIds();
        if (!subs.isEmpty()) {
            List<IndicatorStatus> subRows = units == null ? IndicatorStatus.list("indicatorId in ?1", subs)
                    : IndicatorStatus.list("indicatorId in ?1 and orgUnitId in ?2 and period in ?3", subs, units,
                            periods);
            for (IndicatorStatus s : subRows) {
                Cell cell = new Cell(s.orgUnitId, s.period);
                cells.add(cell);
                subStatuses.computeIfAbsent(cell, c -> new ArrayList<>()).add(s.status);
            }
        }
        if (scoped != null) {
            // The queries read a superset (every unit by every period, and reference periods): keep the scope.
            cells.retainAll(scoped);
        }
        List<BaselineState> baselines = indicator.baselines();
        // A year's target is the same JSON in every cell of that year: written once per indicator.
        Map<TargetState, String> targetJsons = new IdentityHashMap<>();
        for (Cell cell : cells) {
            int year = Integer.parseInt(cell.period().substring(0, 4));
            TargetState target = indicator.targetFor(year).orElse(null);
            Measurement m = outcomes.get(cell);
            BigDecimal benchmark = null;
            BigDecimal reference = null;
            if (target != null && target.kind() == TargetKind.BENCHMARK && target.benchmarkOrganization() != null) {
                UUID org = benchmarks.get(BenchmarkOrganizations.normalize(target.benchmarkOrganization()));
                Measurement b = org == null ? null : benchmarkOutcomes.get(new Cell(org, cell.period()));
                benchmark = b == null ? null : b.total;
            }
            if (target != null && (target.kind() == TargetKind.INCREASE || target.kind() == TargetKind.DECREASE)) {
                reference = reference(target, baselines, outcomes, cell.unit());
            }
            Evaluation e = StatusRule.evaluate(new StatusRule.Input(ruleTarget(target, reference), indicator.direction,
                    indicator.tolerance, FollowUpFrequency.isDue(frequency, cell.period()), m == null ? null : m.total,
                    benchmark, m == null ? null : m.activityState, subStatuses.getOrDefault(cell, List.of())));
            String targetJson = target == null ? null : targetJsons.computeIfAbsent(target, ReplicaJson::write);
            write(existing.get(cell), indicator, goal, cell, e, m, targetJson, changes);
            if (goal != null && cell.unit().equals(goal.ownerUnitId)) {
                goalPeriods.add(new GoalPeriod(goal.id, cell.period()));
            }
        }
    }

    /** Per unit and period the outcome a status reads: the accumulated value where there is one, else the period's. */
    private static Map<Cell, Measurement> chosen(List<Measurement> measurements) {
        Map<Cell, Measurement> chosen = new HashMap<>();
        for (Measurement m : measurements) {
            chosen.merge(new Cell(m.orgUnitId, m.period), m,
                    (a, b) -> a.valueKind == ValueKind.ACCUMULATED ? a : b);
        }
        return chosen;
    }

    /** INCREASE / DECREASE compare with a value, a baseline of the reference period, or the unit's outcome then. */
    private static BigDecimal reference(TargetState target, List<BaselineState> baselines, Map<Cell, Measurement> outcomes,
            UUID unit) {
        if (target.referenceValue() != null) {
            return target.referenceValue();
        }
        if (target.referencePeriod() == null) {
            return null;
        }
        Measurement earlier = outcomes.get(new Cell(unit, target.referencePeriod()));
        if (earlier != null && earlier.total != null) {
            return earlier.total;
        }
        return baselines.stream().filter(b -> target.referencePeriod().equals(b.period()) && b.value() != null)
                .map(BaselineState::value).findFirst().orElse(null);
    }

    private static Target ruleTarget(TargetState t, BigDecimal reference) {
        if (t == null) {
            return null;
        }
        return new Target(t.kind(), t.value(), t.lo(), t.hi(), reference, t.k());
    }

    private void write(IndicatorStatus stored, ReplicaIndicator indicator, ReplicaGoal goal, Cell cell, Evaluation e,
            Measurement m, String targetJson, List<Outbox.Change> changes) {
        IndicatorStatus s = stored;
        boolean created = s == null;
        if (created) {
            s = new IndicatorStatus();
            s.created(actors.current());
            s.id = name("indicator-status:" + tenant() + ":" + indicator.id + ":" + cell.unit() + ":" + cell.period());
            s.indicatorId = indicator.id;
            s.orgUnitId = cell.unit();
            s.period = cell.period();
        }
        UUID planId = goal == null ? null : goal.planId;
        boolean same = !created && s.status == e.status() && s.reason == e.reason()
                && Objects.equals(s.goalId, indicator.goalId) && Objects.equals(s.planId, planId)
                && same(s.value, m == null ? null : m.total) && same(s.women, m == null ? null : m.women)
                && same(s.men, m == null ? null : m.men) && s.valueKind == (m == null ? null : m.valueKind)
                && Objects.equals(s.targetJson, targetJson) && same(s.comparedWith, e.comparedWith())
                && same(s.tolerance, e.tolerance()) && s.measured == (m != null);
        if (same) {
            return;
        }
        s.goalId = indicator.goalId;
        s.planId = planId;
        s.status = e.status();
        s.reason = e.reason();
        s.value = m == null ? null : m.total;
        s.women = m == null ? null : m.women;
        s.men = m == null ? null : m.men;
        s.valueKind = m == null ? null : m.valueKind;
        s.targetJson = targetJson;
        s.comparedWith = e.comparedWith();
        s.tolerance = e.tolerance();
        s.measured = m != null;
        if (created) {
            s.persist();
        } else {
            s.changed(actors.current());
        }
        IndicatorStatus published = s;
        changes.add(new Outbox.Change(s, created ? ChangeType.CREATED : ChangeType.UPDATED,
                () -> IndicatorStatusView.of(published)));
    }

    /** Recomputes a goal's status for the given periods, or for every period it has or should have one. */
    private void recomputeGoal(UUID goalId, Set<String> only, List<Outbox.Change> changes) {
        ReplicaGoal goal = ReplicaGoal.<ReplicaGoal>find("id", goalId).firstResultOptional().orElse(null);
        if (goal == null) {
            return;
        }
        List<ReplicaIndicator> indicators = ReplicaIndicator.list("goalId", goalId);
        List<UUID> indicatorIds = indicators.stream().map(i -> i.id).sorted().toList();
        Map<String, GoalStatus> existing = new HashMap<>();
        (only == null ? GoalStatus.<GoalStatus>list("goalId", goalId)
                : GoalStatus.<GoalStatus>list("goalId = ?1 and period in ?2", goalId, only))
                .forEach(g -> existing.put(g.period, g));
        Map<String, Map<UUID, IndicatorStatus>> atOwner = new HashMap<>();
        if (!indicatorIds.isEmpty() && goal.ownerUnitId != null) {
            for (IndicatorStatus s : only == null
                    ? IndicatorStatus.<IndicatorStatus>list("indicatorId in ?1 and orgUnitId = ?2", indicatorIds,
                            goal.ownerUnitId)
                    : IndicatorStatus.<IndicatorStatus>list("indicatorId in ?1 and orgUnitId = ?2 and period in ?3",
                            indicatorIds, goal.ownerUnitId, only)) {
                atOwner.computeIfAbsent(s.period, p -> new HashMap<>()).put(s.indicatorId, s);
            }
        }
        Map<String, Assessment> assessments = new HashMap<>();
        (only == null ? Assessment.<Assessment>list("goalId", goalId)
                : Assessment.<Assessment>list("goalId = ?1 and period in ?2", goalId, only))
                .forEach(a -> assessments.put(a.period, a));
        List<ActivityState> activities = indicatorIds.isEmpty()
                ? ReplicaActivity.<ReplicaActivity>list("goalId", goalId).stream().map(a -> a.state).toList()
                : List.of();
        Set<String> periods = new TreeSet<>();
        if (only != null) {
            periods.addAll(only);
        } else {
            periods.addAll(existing.keySet());
            periods.addAll(atOwner.keySet());
            periods.addAll(assessments.keySet());
            if (indicatorIds.isEmpty() && !activities.isEmpty()) {
                ReplicaPlan plan = ReplicaPlan.<ReplicaPlan>find("id", goal.planId).firstResultOptional().orElse(null);
                if (plan != null) {
                    for (int year = plan.fromYear; year <= plan.toYear; year++) {
                        periods.addAll(FollowUpFrequency.duePeriods(goal.followUpFrequency, year));
                    }
                }
            }
        }
        Map<UUID, ReplicaIndicator> indicatorById = byId(indicators, i -> i.id);
        for (String period : periods) {
            List<GoalStatusView.IndicatorEntry> entries = new ArrayList<>();
            for (UUID id : indicatorIds) {
                IndicatorStatus s = atOwner.getOrDefault(period, Map.of()).get(id);
                entries.add(s != null ? new GoalStatusView.IndicatorEntry(id, s.status, s.reason)
                        : new GoalStatusView.IndicatorEntry(id, Status.NOT_MEASURABLE,
                                FollowUpFrequency.isDue(indicatorById.get(id).frequency(goal), period) ? Reason.NO_DATA
                                        : Reason.NOT_DUE));
            }
            Status computed;
            GoalReason reason;
            if (!entries.isEmpty()) {
                computed = StatusRule.goal(entries.stream().map(GoalStatusView.IndicatorEntry::status).toList());
                reason = GoalReason.of(computed);
            } else if (!activities.isEmpty()) {
                computed = StatusRule.goalFromActivities(activities);
                reason = GoalReason.FROM_ACTIVITIES;
            } else {
                computed = Status.NOT_MEASURABLE;
                reason = GoalReason.NO_INDICATORS_OR_ACTIVITIES;
            }
            Assessment assessment = assessments.get(period);
            writeGoal(existing.get(period), goal, period, computed, reason,
                    assessment == null ? null : assessment.assessedStatus,
                    assessment == null || assessment.assessedStatus == null ? null : assessment.justification, entries,
                    changes);
        }
    }

    private void writeGoal(GoalStatus stored, ReplicaGoal goal, String period, Status computed, GoalReason reason,
            Status assessed, String justification, List<GoalStatusView.IndicatorEntry> entries,
            List<Outbox.Change> changes) {
        GoalStatus g = stored;
        boolean created = g == null;
        if (created) {
            g = new GoalStatus();
            g.created(actors.current());
            g.id = name("goal-status:" + tenant() + ":" + goal.id + ":" + period);
            g.goalId = goal.id;
            g.period = period;
        }
        String indicatorsJson = ReplicaJson.write(entries);
        if (!created && g.computedStatus == computed && g.computedReason == reason && g.assessedStatus == assessed
                && Objects.equals(g.justification, justification) && Objects.equals(g.planId, goal.planId)
                && Objects.equals(g.orgUnitId, goal.ownerUnitId) && g.indicatorsJson.equals(indicatorsJson)) {
            return;
        }
        g.planId = goal.planId;
        g.orgUnitId = goal.ownerUnitId;
        g.computedStatus = computed;
        g.computedReason = reason;
        g.assessedStatus = assessed;
        g.justification = justification;
        g.indicatorsJson = indicatorsJson;
        if (created) {
            g.persist();
        } else {
            g.changed(actors.current());
        }
        GoalStatus published = g;
        changes.add(new Outbox.Change(g, created ? ChangeType.CREATED : ChangeType.UPDATED,
                () -> GoalStatusView.of(published)));
    }

    private String tenant() {
        return tenant.get().orElseThrow(() -> new IllegalStateException("Statuses are computed for a tenant"));
    }

    /** The name-based id every service derives alike for a status (see the event contract). */
    static UUID name(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static <T> Set<UUID> ids(Collection<T> items, Function<T, UUID> id) {
        return items.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(Collection<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
