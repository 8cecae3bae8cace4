package se.styrkort.reporting.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The read-model rows one transaction works on, loaded a table at a time: a batch's events look up
 * their rows here instead of one {@code em.find} (a round trip) each. For an id it has loaded it
 * knows whether a row exists, and keeps that in step with what {@link ReadModel#store} does; any
 * other id is found as usual.
 */
public final class Rows {

    /** Ids per query: far below PostgreSQL's limit of bind parameters, few distinct statements. */
    private static final int PER_QUERY = 500;

    private final EntityManager em;
    private final Map<Class<? extends ReadRow>, Map<UUID, ReadRow>> known = new HashMap<>();

    Rows(EntityManager em) {
        this.em = em;
    }

    /** Loads the rows of the given ids not loaded yet, in the current tenant; an id without a row is known to have none. */
    public void load(Class<? extends ReadRow> table, Collection<UUID> ids) {
        load(table, ids, false);
    }

    /**
     * As {@link #load(Class, Collection)}, each row found locked until the transaction ends
     * ({@code for update}), so that a concurrent writer of the same aggregate waits and then sees this
     * transaction's version: rows whose versions decide what is applied (ReadModel#newer).
     */
    public void lockAndLoad(Class<? extends ReadRow> table, Collection<UUID> ids) {
        load(table, ids, true);
    }

    private void load(Class<? extends ReadRow> table, Collection<UUID> ids, boolean lock) {
        Map<UUID, ReadRow> rows = known.computeIfAbsent(table, t -> new HashMap<>());
        List<UUID> missing = ids.stream().filter(id -> id != null && !rows.containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += PER_QUERY) {
            List<UUID> part = missing.subList(from, Math.min(missing.size(), from + PER_QUERY));
            part.forEach(id -> rows.put(id, null));
            select(table, part, lock).forEach(r -> rows.put(r.id, r));
        }
    }

    private <T extends ReadRow> List<T> select(Class<T> table, List<UUID> ids, boolean lock) {
        return em.createQuery("select r from " + table.getSimpleName() + " r where r.id in :ids", table)
                .setParameter("ids", ids).setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
    }

    /** The rows of that table loaded so far (null where there is none). */
    public <T extends ReadRow> List<T> loaded(Class<T> table) {
        List<T> rows = new ArrayList<>();
        known.getOrDefault(table, Map.of()).values().forEach(r -> {
            if (r != null) {
                rows.add(table.cast(r));
            }
        });
        return rows;
    }

    /** The aggregate's row as the transaction has it now, as {@code em.find} gives it. */
    public <T extends ReadRow> T find(Class<T> table, UUID id) {
        Map<UUID, ReadRow> rows = known.get(table);
        if (rows != null && rows.containsKey(id)) {
            return table.cast(rows.get(id));
        }
        return em.find(table, id);
    }

    /** The aggregate has this (managed) row now, or none if null. */
    void stored(Class<? extends ReadRow> table, UUID id, ReadRow row) {
        Map<UUID, ReadRow> rows = known.get(table);
        if (rows != null && rows.containsKey(id)) {
            rows.put(id, row);
        }
    }
}
