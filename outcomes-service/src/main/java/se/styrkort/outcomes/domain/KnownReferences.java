package se.styrkort.outcomes.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.styrkort.outcomes.replica.ReplicaIndicator;
import se.styrkort.outcomes.replica.ReplicaOrgUnit;

/**
 * The indicators and org units a measurement may name: those of the caller's organization in the
 * replica (another region's are as unknown as ids that do not exist), and its benchmark
 * organizations. Remembers what it looked up, for the many rows of one import.
 */
public final class KnownReferences {

    private final Map<UUID, Optional<ReplicaIndicator>> indicators = new HashMap<>();
    private final Map<UUID, Boolean> units = new HashMap<>();
    private final Map<UUID, Boolean> benchmarks = new HashMap<>();

    public Optional<ReplicaIndicator> indicator(UUID id) {
        return indicators.computeIfAbsent(id,
                key -> ReplicaIndicator.<ReplicaIndicator>find("id", key).firstResultOptional());
    }

    /** An org unit of the replica or a benchmark organization. */
    public boolean unitKnown(UUID id) {
        return units.computeIfAbsent(id, key -> ReplicaOrgUnit.count("id", key) > 0 || isBenchmark(key));
    }

    public boolean isBenchmark(UUID id) {
        return benchmarks.computeIfAbsent(id, key -> BenchmarkOrganization.count("id", key) > 0);
    }
}
