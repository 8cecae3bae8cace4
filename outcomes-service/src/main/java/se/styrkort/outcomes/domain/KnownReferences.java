package se.styrkort.outcomes.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The indicators and org units a measurement may name: those of the caller's organization in the
 * plans (another region's are as unknown as ids that do not exist), and its benchmark
 * organizations. Remembers what it looked up, for the many rows of one import.
 */
public final class KnownReferences {

    private final Map<UUID, Optional<PlannedIndicator>> indicators = new HashMap<>();
    private final Map<UUID, Boolean> units = new HashMap<>();
    private final Map<UUID, Boolean> benchmarks = new HashMap<>();
    private final Plans plans;
    private final boolean readAllUnits;
    private Set<UUID> allUnits;
    private Set<UUID> allBenchmarks;

    /** Looks each org unit up when first asked for: for one measurement. */
    public KnownReferences(Plans plans) {
        this(plans, false);
    }

    private KnownReferences(Plans plans, boolean readAllUnits) {
        this.plans = plans;
        this.readAllUnits = readAllUnits;
    }

    /**
     * For the many rows of an import: the organization's org units and benchmark organizations are
     * read at the first one asked for, all of them in two queries, rather than one query for each
     * (an import names hundreds of units).
     */
    public static KnownReferences forImport(Plans plans) {
        return new KnownReferences(plans, true);
    }

    public Optional<PlannedIndicator> indicator(UUID id) {
        return indicators.computeIfAbsent(id,
                plans::indicator);
    }

    /** An org unit of the replica or a benchmark organization. */
    public boolean unitKnown(UUID id) {
        if (readAllUnits) {
            readAll();
            return allUnits.contains(id) || allBenchmarks.contains(id);
        }
        return units.computeIfAbsent(id, key -> plans.orgUnitExists(key) || isBenchmark(key));
    }

    private boolean isBenchmark(UUID id) {
        if (readAllUnits) {
            readAll();
            return allBenchmarks.contains(id);
        }
        return benchmarks.computeIfAbsent(id, key -> BenchmarkOrganization.count("id", key) > 0);
    }

    private void readAll() {
        if (allUnits == null) {
            allUnits = plans.orgUnitIds();
            allBenchmarks = new HashSet<>(BenchmarkOrganization.getEntityManager()
                    .createQuery("select b.id from BenchmarkOrganization b", UUID.class).getResultList());
        }
    }
}
