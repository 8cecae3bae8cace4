package se.styrkort.outcomes.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.styrkort.outcomes.domain.BaselineState;
import se.styrkort.outcomes.domain.BenchmarkOrganizations;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.TargetState;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TargetKind;

/**
 * The status of an indicator in each of its cells: which outcome counts, which target of which
 * year, what an INCREASE / DECREASE target compares with, a benchmark organization's value, its
 * sub-indicators' statuses, and then {@link StatusRule} for each cell. Reads nothing itself.
 */
public final class IndicatorStatusRule {

    private IndicatorStatusRule() {
    }

    /** A cell's new evaluation, the outcome and target behind it, and the status stored there, if any. */
    public record CellStatus(Cell cell, Evaluation evaluation, Measurement outcome, TargetState target,
            IndicatorStatus stored) {
    }

    /**
     * Evaluates an indicator in the given cells (null: everywhere it has outcomes, stored statuses or
     * sub-indicator statuses), from a superset of its measurements and stored statuses that this
     * narrows to its own cells, the periods its targets compare with and the benchmark values.
     *
     * @param benchmarks the benchmark organizations' ids by their normalized code
     */
    public static List<CellStatus> evaluate(PlannedIndicator indicator, PlannedGoal goal, Set<Cell> scoped,
            List<Measurement> all, List<IndicatorStatus> stored, List<IndicatorStatus> subIndicatorStatuses,
            Map<String, UUID> benchmarks) {
        Set<UUID> benchmarkIds = new HashSet<>(benchmarks.values());
        Set<UUID> units = scoped == null ? null : scoped.stream().map(Cell::unit).collect(Collectors.toSet());
        Set<String> periods = scoped == null ? null : scoped.stream().map(Cell::period).collect(Collectors.toSet());
        Set<String> read = periods == null ? null : new HashSet<>(periods);
        if (read != null) {
            read.addAll(AffectedStatuses.referencePeriods(indicator));
        }
        // The rows this indicator's own cells, reference periods and benchmark values select.
        List<Measurement> measurements = units == null ? all
                : all.stream().filter(m -> units.contains(m.orgUnitId) && read.contains(m.period)).toList();
        List<Measurement> benchmarkValues = units == null || benchmarkIds.isEmpty() ? measurements
                : all.stream().filter(m -> benchmarkIds.contains(m.orgUnitId) && periods.contains(m.period)).toList();
        Map<Cell, Measurement> outcomes = chosen(measurements);
        Map<Cell, Measurement> benchmarkOutcomes = chosen(benchmarkValues);
        Map<Cell, IndicatorStatus> existing = new HashMap<>();
        for (IndicatorStatus s : stored) {
            if (units == null || units.contains(s.orgUnitId) && periods.contains(s.period)) {
                existing.put(new Cell(s.orgUnitId, s.period), s);
            }
        }

        Set<Cell> cells = new LinkedHashSet<>();
        outcomes.keySet().stream().filter(c -> !benchmarkIds.contains(c.unit())).forEach(cells::add);
        cells.addAll(existing.keySet());
        FollowUpFrequency frequency = indicator.frequency(goal);
        Map<Cell, List<Status>> subStatuses = new HashMap<>();
        for (IndicatorStatus s : subIndicatorStatuses) {
            Cell cell = new Cell(s.orgUnitId, s.period);
            cells.add(cell);
            subStatuses.computeIfAbsent(cell, c -> new ArrayList<>()).add(s.status);
        }
        if (scoped != null) {
            // The reads are a superset (every unit by every period, and reference periods): keep the scope.
            cells.retainAll(scoped);
        }
        List<BaselineState> baselines = indicator.baselines();
        List<CellStatus> result = new ArrayList<>(cells.size());
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
            Evaluation e = StatusRule.evaluate(new StatusRule.Input(ruleTarget(target, reference), indicator.direction(),
                    indicator.tolerance(), FollowUpFrequency.isDue(frequency, cell.period()), m == null ? null : m.total,
                    benchmark, m == null ? null : m.activityState, subStatuses.getOrDefault(cell, List.of())));
            result.add(new CellStatus(cell, e, m, target, existing.get(cell)));
        }
        return result;
    }

    /** Per unit and period the outcome a status reads: the accumulated value where there is one, else the period's. */
    static Map<Cell, Measurement> chosen(Collection<Measurement> measurements) {
        Map<Cell, Measurement> chosen = new HashMap<>();
        for (Measurement m : measurements) {
            chosen.merge(new Cell(m.orgUnitId, m.period), m, (a, b) -> a.valueKind == ValueKind.ACCUMULATED ? a : b);
        }
        return chosen;
    }

    /** INCREASE / DECREASE compare with a value, the unit's outcome in the reference period, or that period's baseline. */
    static BigDecimal reference(TargetState target, List<BaselineState> baselines, Map<Cell, Measurement> outcomes,
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

    static Target ruleTarget(TargetState t, BigDecimal reference) {
        if (t == null) {
            return null;
        }
        return new Target(t.kind(), t.value(), t.lo(), t.hi(), reference, t.k());
    }
}
