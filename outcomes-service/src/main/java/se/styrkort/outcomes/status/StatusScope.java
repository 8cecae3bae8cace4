package se.styrkort.outcomes.status;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The statuses to recompute: per indicator, in order of mention, the cells to recompute, or null
 * for every cell it has.
 */
public final class StatusScope {

    private final Map<UUID, Set<Cell>> cells = new LinkedHashMap<>();

    /** Adds a cell of an indicator; a null cell widens it to all of the indicator's cells. */
    public StatusScope add(UUID indicator, Cell cell) {
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
        return this;
    }

    /** Per indicator its cells, or null for all of them. */
    public Map<UUID, Set<Cell>> cells() {
        return cells;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
