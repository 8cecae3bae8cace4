package se.styrkort.outcomes.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import se.styrkort.outcomes.domain.Affected;
import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.TargetState;

/** Which statuses a change makes stale. */
public final class AffectedStatuses {

    private AffectedStatuses() {
    }

    /**
     * After measurements were written: their own cells; and every cell of the indicator where one is
     * a benchmark organization's value (every unit compares with it) or lies in a period that one of
     * the indicator's INCREASE / DECREASE targets compares with.
     */
    public static StatusScope ofOutcomes(Collection<MeasurementIdentity> written, Set<UUID> benchmarkIds,
            Map<UUID, Set<String>> referencePeriods) {
        StatusScope scope = new StatusScope();
        for (MeasurementIdentity m : written) {
            boolean wide = benchmarkIds.contains(m.orgUnitId())
                    || referencePeriods.getOrDefault(m.indicatorId(), Set.of()).contains(m.period());
            scope.add(m.indicatorId(), wide ? null : new Cell(m.orgUnitId(), m.period()));
        }
        return scope;
    }

    /** After the plan structure changed: every cell of its indicators. */
    public static StatusScope ofStructure(Affected affected) {
        StatusScope scope = new StatusScope();
        affected.indicators().forEach(i -> scope.add(i, null));
        return scope;
    }

    /** The periods an indicator's INCREASE / DECREASE targets compare with. */
    public static Set<String> referencePeriods(PlannedIndicator indicator) {
        return indicator.targets().stream().map(TargetState::referencePeriod).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /**
     * After an indicator's statuses in {@code cells} (null: all) were recomputed: the K_OF_N
     * indicators counting it, not yet done, in the same cells.
     */
    public static void addParents(StatusScope parents, UUID indicator, Set<Cell> cells,
            List<PlannedIndicator> counting, Set<UUID> done) {
        for (PlannedIndicator parent : counting) {
            if (parent.subIndicatorIds().contains(indicator) && !done.contains(parent.id())) {
                if (cells == null) {
                    parents.add(parent.id(), null);
                } else {
                    cells.forEach(c -> parents.add(parent.id(), c));
                }
            }
        }
    }
}
