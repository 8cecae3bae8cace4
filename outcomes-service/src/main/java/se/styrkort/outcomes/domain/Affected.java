package se.styrkort.outcomes.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** What a change of the plan structure makes stale: the statuses of these indicators and goals. */
public record Affected(Set<UUID> indicators, Set<UUID> goals) {

    public static Affected none() {
        return new Affected(new HashSet<>(), new HashSet<>());
    }

    public boolean isEmpty() {
        return indicators.isEmpty() && goals.isEmpty();
    }
}
