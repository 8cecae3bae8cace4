package se.styrkort.outcomes.status;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.Affected;
import se.styrkort.outcomes.domain.BenchmarkOrganization;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.Plans;
import se.styrkort.outcomes.domain.StatusRecomputation;
import se.styrkort.outcomes.domain.StoredJson;
import se.styrkort.outcomes.domain.TargetState;
import se.styrkort.platform.events.Outbox;

/**
 * Keeps the stored statuses true to the outcomes, targets, benchmarks and activities they follow
 * from: finds the statuses a change affects ({@link AffectedStatuses}), takes the goals' locks
 * ({@link StatusLocks}), reads the cells ({@link StatusCells}), applies the rules
 * ({@link IndicatorStatusRule}, {@link GoalStatusRule}) and writes what changed with its events
 * ({@link StatusWrites}), all in the caller's transaction.
 *
 * <p>
 * Statuses exist for every (indicator, org unit, period) with an outcome (NOT_DUE where the
 * indicator is not followed up in that period). A due period without an outcome has no stored
 * status: the event contract counts a missing goal status as NOT_MEASURABLE, and
 * {@code /missing-reports} works out what is due on reading. Storing them would make every new
 * indicator write and publish a status for each period of its plan's years (some 75 for a monthly
 * indicator of a three-year plan). A goal's status exists for every period its indicators have one
 * at its owner unit, that it is assessed in, or, with no indicators but activities, that its
 * follow-up makes due.
 */
@ApplicationScoped
public class Statuses implements StatusRecomputation {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Plans plans;

    @Inject
    StatusLocks locks;

    @Inject
    StatusCells reads;

    @Inject
    StatusWrites writes;

    private record GoalPeriod(UUID goal, String period) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void outcomesChanged(Collection<MeasurementIdentity> written) {
        if (written.isEmpty()) {
            return;
        }
        Set<UUID> benchmarkIds = new HashSet<>(BenchmarkOrganization.<BenchmarkOrganization> listAll().stream()
                .map(b -> b.id).toList());
        Map<UUID, Set<String>> referencePeriods = new HashMap<>();
        plans.indicators(written.stream().map(MeasurementIdentity::indicatorId).collect(Collectors.toSet()))
                .forEach(i -> referencePeriods.put(i.id(), AffectedStatuses.referencePeriods(i)));
        StatusScope scope = AffectedStatuses.ofOutcomes(written, benchmarkIds, referencePeriods);
        publish(changes -> recompute(scope, new HashSet<>(), changes));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void structureChanged(Affected affected) {
        StatusScope scope = AffectedStatuses.ofStructure(affected);
        publish(changes -> recompute(scope, affected.goals(), changes));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void goalAssessed(UUID goalId, String period) {
        locks.lock(Set.of(goalId));
        publish(changes -> recomputeGoals(Map.of(goalId, Set.of(period)), changes));
    }

    /**
     * Runs a recomputation and writes what it changed at once: the statuses with one statement per
     * kind ({@link StatusWrites#write}), their events with one outbox insert. Meanwhile queries do not
     * flush by themselves: in an import batch each automatic flush dirty-checks every measurement,
     * revision and status the batch holds, and that was most of an import's time. Where a query must
     * see statuses computed before it, the recomputation writes them first.
     */
    private void publish(Consumer<StatusWrites.Pending> recomputation) {
        StatusWrites.Pending pending = new StatusWrites.Pending();
        Session session = em.unwrap(Session.class);
        FlushMode mode = session.getHibernateFlushMode();
        session.flush();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            recomputation.accept(pending);
        } finally {
            session.setHibernateFlushMode(mode);
        }
        writes.write(pending);
        outbox.publishAll(pending.changes());
    }

    /** Recomputes the scope's indicators, then the K_OF_N indicators counting them, then their goals. */
    private void recompute(StatusScope scope, Set<UUID> goalsToo, StatusWrites.Pending changes) {
        Map<String, UUID> benchmarks = BenchmarkOrganization.<BenchmarkOrganization> listAll().stream()
                .collect(Collectors.toMap(b -> b.code, b -> b.id));
        Set<UUID> benchmarkIds = new HashSet<>(benchmarks.values());
        Set<GoalPeriod> goalPeriods = new LinkedHashSet<>();
        Set<UUID> done = new HashSet<>();
        List<PlannedIndicator> counting = null;
        Map<UUID, Set<Cell>> pending = scope.cells();
        Set<UUID> owners = new HashSet<>(goalsToo);
        boolean firstRound = true;
        // K_OF_N indicators count their sub-indicators' statuses: they follow in a later round.
        while (true) {
            List<PlannedIndicator> indicators = new ArrayList<>(plans.indicators(pending.keySet()));
            indicators.forEach(i -> owners.add(i.goalId() != null ? i.goalId() : i.id()));
            locks.lock(owners);
            owners.clear();
            if (indicators.isEmpty()) {
                break;
            }
            indicators.sort(Comparator.comparing((PlannedIndicator i) -> !i.subIndicatorIds().isEmpty()));
            Map<UUID, PlannedGoal> goals = new HashMap<>();
            plans.goals(indicators.stream().map(PlannedIndicator::goalId).filter(Objects::nonNull)
                    .collect(Collectors.toSet())).forEach(g -> goals.put(g.id(), g));
            if (counting == null) {
                counting = plans.countingIndicators();
            }
            if (!firstRound) {
                // The round reads the statuses the rounds before it computed.
                writes.write(changes);
            }
            firstRound = false;
            StatusCells.Reads read = reads.read(indicators, pending, benchmarkIds);
            StatusScope parents = new StatusScope();
            for (PlannedIndicator indicator : indicators) {
                PlannedGoal goal = goals.get(indicator.goalId());
                Set<Cell> cells = pending.get(indicator.id());
                List<IndicatorStatus> subStatuses = List.of();
                if (!indicator.subIndicatorIds().isEmpty()) {
                    // It reads its sub-indicators' statuses, which may have been computed just before.
                    writes.write(changes);
                    subStatuses = reads.subIndicatorStatuses(indicator.subIndicatorIds(),
                            cells == null ? null : cells.stream().map(Cell::unit).collect(Collectors.toSet()),
                            cells == null ? null : cells.stream().map(Cell::period).collect(Collectors.toSet()));
                }
                // A year's target is the same JSON in every cell of that year: written once per indicator.
                Map<TargetState, String> targetJsons = new IdentityHashMap<>();
                for (IndicatorStatusRule.CellStatus cell : IndicatorStatusRule.evaluate(indicator, goal, cells,
                        read.measurements(indicator.id()), read.statuses(indicator.id()), subStatuses, benchmarks)) {
                    String targetJson = cell.target() == null ? null
                            : targetJsons.computeIfAbsent(cell.target(), StoredJson::write);
                    writes.indicator(indicator, goal, cell, targetJson, changes);
                    if (goal != null && cell.cell().unit().equals(goal.ownerUnitId())) {
                        goalPeriods.add(new GoalPeriod(goal.id(), cell.cell().period()));
                    }
                }
                done.add(indicator.id());
                AffectedStatuses.addParents(parents, indicator.id(), cells, counting, done);
            }
            pending = parents.cells();
        }
        // The goals read the statuses computed above.
        writes.write(changes);
        Map<UUID, Set<String>> byGoal = new LinkedHashMap<>();
        goalPeriods.forEach(gp -> byGoal.computeIfAbsent(gp.goal(), g -> new TreeSet<>()).add(gp.period()));
        for (UUID goal : goalsToo) {
            byGoal.put(goal, null);
        }
        recomputeGoals(byGoal, changes);
    }

    /**
     * Recomputes goals' statuses, each for the given periods or (null) for every period it has or
     * should have one, in the map's order; what they follow from is read for all of them at once.
     */
    private void recomputeGoals(Map<UUID, Set<String>> byGoal, StatusWrites.Pending changes) {
        if (byGoal.isEmpty()) {
            return;
        }
        Map<UUID, PlannedGoal> goals = new HashMap<>();
        plans.goals(byGoal.keySet()).forEach(g -> goals.put(g.id(), g));
        Map<UUID, List<PlannedIndicator>> indicatorsOf = new HashMap<>();
        plans.indicatorsOfGoals(goals.keySet())
                .forEach(i -> indicatorsOf.computeIfAbsent(i.goalId(), g -> new ArrayList<>()).add(i));
        Map<UUID, List<UUID>> indicatorIdsOf = new HashMap<>();
        indicatorsOf.forEach((goal, indicators) -> {
            indicators.sort(Comparator.comparing(PlannedIndicator::id));
            indicatorIdsOf.put(goal, indicators.stream().map(PlannedIndicator::id).toList());
        });
        Map<UUID, StatusCells.GoalReads> reads = this.reads.goals(goals.values(), indicatorIdsOf, byGoal);
        byGoal.forEach((goalId, only) -> {
            PlannedGoal goal = goals.get(goalId);
            if (goal != null) {
                recomputeGoal(goal, indicatorsOf.getOrDefault(goalId, List.of()), reads.get(goalId), only, changes);
            }
        });
    }

    private void recomputeGoal(PlannedGoal goal, List<PlannedIndicator> indicators, StatusCells.GoalReads read,
            Set<String> only, StatusWrites.Pending changes) {
        List<ActivityState> activities = indicators.isEmpty()
                ? plans.activityStates(goal.id())
                : List.of();
        Set<String> periods = GoalStatusRule.periods(only, read.stored().keySet(), read.atOwner().keySet(),
                read.assessments().keySet(), !indicators.isEmpty(), !activities.isEmpty(), goal.followUpFrequency(),
                only == null && indicators.isEmpty() && !activities.isEmpty() ? plans.years(goal.planId()) : List.of());
        for (String period : periods) {
            GoalStatusRule.GoalVerdict verdict = GoalStatusRule.evaluate(goal, indicators,
                    read.atOwner().getOrDefault(period, Map.of()), activities, period);
            writes.goal(read.stored().get(period), goal, period, verdict, read.assessments().get(period), changes);
        }
    }
}
