package se.styrkort.reporting.events;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The roll-ups a change affects: those of the plans its aggregate belongs to, in one period for a
 * goal status (its period), else in every period (null).
 */
public record AffectedRollups(Set<UUID> plans, String period) {

    public static final AffectedRollups NONE = new AffectedRollups(Set.of(), null);

    /** Both: the plans of either, and the period of the one that names one. */
    public AffectedRollups and(AffectedRollups other) {
        Set<UUID> all = new LinkedHashSet<>(plans);
        all.addAll(other.plans);
        return new AffectedRollups(all, period != null ? period : other.period);
    }

    /**
     * What many changes affect, each plan once, in id order: the periods its goal statuses named, or
     * null (every period) where one change named no period.
     */
    public static Map<UUID, Set<String>> byPlan(Collection<AffectedRollups> affected) {
        Map<UUID, Set<String>> periods = new TreeMap<>();
        for (AffectedRollups a : affected) {
            for (UUID plan : a.plans()) {
                if (a.period() == null) {
                    periods.put(plan, null);
                } else if (!periods.containsKey(plan) || periods.get(plan) != null) {
                    periods.computeIfAbsent(plan, p -> new TreeSet<>()).add(a.period());
                }
            }
        }
        return periods;
    }
}
