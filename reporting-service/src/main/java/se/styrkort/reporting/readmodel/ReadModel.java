package se.styrkort.reporting.readmodel;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;

/**
 * Applies consumed events to the read model: one table per aggregate type, the latest state of
 * each aggregate ({@link EventType} says which). A state is read by field name, tolerating fields the
 * row does not keep (the producers may add some); a state lacking what the row needs is malformed
 * and goes to the .dlq. Aggregate types the read model does not keep are skipped.
 */
@ApplicationScoped
public class ReadModel {

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    private final ObjectMapper states;

    /** A reader per table, made once: readers are immutable and shared by every thread. */
    private final Map<Class<? extends ReadRow>, ObjectReader> readers = new HashMap<>();

    @Inject
    public ReadModel(ObjectMapper mapper) {
        states = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Amounts keep their scale (-1250000.00 stays so), as the producers wrote them.
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        EventType.tables().forEach(t -> readers.put(t, states.readerFor(t)));
    }

    /** The mapper consumers read events with: decimals as written, unknown fields ignored. */
    public ObjectMapper mapper() {
        return states;
    }

    /** Whether the read model keeps the aggregate type (see {@link EventType}). */
    public boolean keeps(String aggregateType) {
        return EventType.kept(aggregateType);
    }

    /**
     * Reads the event into a detached row and checks it, without touching the database: a state that
     * cannot be read fails here. DELETED events give a row with only the id.
     */
    public ReadRow read(IncomingEvent event) {
        ReadRow row = readUnchecked(event);
        if (event.changeType() != ChangeType.DELETED) {
            Set<? extends ConstraintViolation<?>> violations = validator.validate(row);
            if (!violations.isEmpty()) {
                throw new MalformedEventException("A " + event.aggregateType() + " event's state cannot be used: "
                        + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                                .collect(Collectors.joining("; ")));
            }
        }
        return row;
    }

    /**
     * {@link #read} without the check of the row's constraints: for a record whose state has passed
     * {@link #read} before (a rebuild reads the newest records a second time).
     */
    public ReadRow readUnchecked(IncomingEvent event) {
        Class<? extends ReadRow> table = EventType.tableOf(event.aggregateType());
        if (table == null) {
            throw new MalformedEventException("reporting keeps no " + event.aggregateType());
        }
        UUID id;
        try {
            id = UUID.fromString(event.aggregateId());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("A " + event.aggregateType() + " event's key must be a UUID, not "
                    + event.aggregateId());
        }
        ReadRow row;
        try {
            row = event.changeType() == ChangeType.DELETED ? table.getDeclaredConstructor().newInstance()
                    : readers.get(table).readValue(event.state());
        } catch (IOException e) {
            throw new MalformedEventException("A " + event.aggregateType() + " event's state cannot be read: "
                    + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        row.id = id;
        row.eventVersion = event.version();
        return row;
    }

    /** Applies the event in the current transaction and tenant: the row takes the state, or goes when deleted. */
    public void apply(IncomingEvent event) {
        apply(event, rows());
    }

    /** As {@link #apply(IncomingEvent)}, finding the aggregate's row among those loaded. */
    public void apply(IncomingEvent event, Rows rows) {
        store(read(event), event.changeType() == ChangeType.DELETED, rows);
    }

    /** A transaction's rows, none loaded yet. */
    public Rows rows() {
        return new Rows(em);
    }

    /**
     * The events whose version is newer than what the read model holds of their aggregate, with the
     * rows they replace loaded (and locked: a concurrent writer of one of them waits for this
     * transaction and then sees its version). A row's {@code event_version} is its aggregate's version;
     * where there is no row, a deletion may have left its version in {@code applied_event}
     * ({@link #deleted}), or, from before the rows decided, any applied version; with neither, every
     * version is new. An event the read model cannot place (no table, a key that is no UUID) counts as
     * new, so that applying it fails with the reason. Three statements a batch, whatever its size: the
     * lock that makes the consumers wait for a rebuild, the rows per table, the marks of those without one.
     */
    public List<IncomingEvent> newer(Rows rows, List<IncomingEvent> events, String consumer) {
        // A rebuild holds this table in exclusive mode while it replaces the tenant's rows.
        em.createNativeQuery("lock table applied_event in row share mode").unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("applied_event").executeUpdate();
        Map<Class<? extends ReadRow>, List<UUID>> ids = new HashMap<>();
        for (IncomingEvent event : events) {
            Class<? extends ReadRow> table = EventType.tableOf(event.aggregateType());
            UUID id = uuid(event.aggregateId());
            if (table != null && id != null) {
                ids.computeIfAbsent(table, t -> new ArrayList<>()).add(id);
            }
        }
        ids.forEach(rows::lockAndLoad);
        List<IncomingEvent> without = new ArrayList<>();
        Map<IncomingEvent, Long> held = new HashMap<>();
        for (IncomingEvent event : events) {
            Class<? extends ReadRow> table = EventType.tableOf(event.aggregateType());
            UUID id = uuid(event.aggregateId());
            ReadRow row = table == null || id == null ? null : rows.find(table, id);
            if (row != null) {
                held.put(event, row.eventVersion);
            } else if (table != null && id != null) {
                without.add(event);
            }
        }
        Map<String, Long> marks = marks(consumer, without);
        return events.stream().filter(e -> e.version() > held.getOrDefault(e,
                marks.getOrDefault(e.aggregateType() + ":" + e.aggregateId(), Long.MIN_VALUE))).toList();
    }

    /** The versions {@code applied_event} holds of these aggregates, by {@code type:id}: one statement. */
    private Map<String, Long> marks(String consumer, List<IncomingEvent> events) {
        Map<String, Long> marks = new HashMap<>();
        if (events.isEmpty()) {
            return marks;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                select a.aggregate_type, a.aggregate_id, a.version from applied_event a
                join unnest(cast(?2 as varchar[]), cast(?3 as varchar[])) as e (t, i)
                  on a.aggregate_type = e.t and a.aggregate_id = e.i
                where a.consumer = ?1""")
                .setParameter(1, consumer)
                .setParameter(2, events.stream().map(IncomingEvent::aggregateType).toArray(String[]::new))
                .setParameter(3, events.stream().map(IncomingEvent::aggregateId).toArray(String[]::new))
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("applied_event").getResultList();
        found.forEach(r -> marks.put(r[0] + ":" + r[1], ((Number) r[2]).longValue()));
        return marks;
    }

    /**
     * Keeps the version of a deletion, which leaves no row to hold it, so that an older version
     * arriving later does not bring the aggregate back (see {@link #newer}).
     */
    public void deleted(IncomingEvent event, String consumer) {
        em.createNativeQuery("""
                insert into applied_event (consumer, aggregate_type, aggregate_id, version, applied_at)
                values (?1, ?2, ?3, ?4, now())
                on conflict (consumer, aggregate_type, aggregate_id) do update
                  set version = excluded.version, applied_at = excluded.applied_at
                  where applied_event.version < excluded.version""")
                .setParameter(1, consumer).setParameter(2, event.aggregateType())
                .setParameter(3, event.aggregateId()).setParameter(4, event.version())
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("applied_event").executeUpdate();
    }

    /** The text as a UUID, or null when it is none (such an event fails when applied, with the reason). */
    public static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Stores a row read by {@link #read} where the aggregate has none (a rebuild, after emptying the tables). */
    public void insert(ReadRow row) {
        row.updatedAt = Instant.now();
        em.persist(row);
    }

    /**
     * Stores a row read by {@link #read}, replacing the aggregate's earlier state: the stored row
     * takes every field of the new one (a merge, written at the next flush). A batch of events
     * flushes once; a removal is flushed at once, so that the id is free again within the batch.
     */
    public void store(ReadRow row, boolean deleted, Rows rows) {
        ReadRow existing = rows.find(row.getClass(), row.id);
        if (deleted) {
            if (existing != null) {
                em.remove(existing);
                em.flush();
                rows.stored(row.getClass(), row.id, null);
            }
            return;
        }
        row.updatedAt = Instant.now();
        if (existing == null) {
            em.persist(row);
            rows.stored(row.getClass(), row.id, row);
        } else {
            row.tenant = existing.tenant;
            rows.stored(row.getClass(), row.id, em.merge(row));
        }
    }

}
