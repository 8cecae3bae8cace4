package se.styrkort.reporting.readmodel;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
     * Loads the rows the events will replace, one query per table. An aggregate the consumer meets
     * for the first time has no row, since only applying its events writes one (a rebuild too marks
     * what it writes as applied): a bulk import of new outcomes asks for none.
     */
    public void load(Rows rows, Collection<IncomingEvent> events, Predicate<IncomingEvent> firstOfAggregate) {
        Map<Class<? extends ReadRow>, List<UUID>> stored = new HashMap<>();
        Map<Class<? extends ReadRow>, List<UUID>> none = new HashMap<>();
        for (IncomingEvent event : events) {
            Class<? extends ReadRow> table = EventType.tableOf(event.aggregateType());
            UUID id = uuid(event.aggregateId());
            if (table != null && id != null) {
                (firstOfAggregate.test(event) ? none : stored).computeIfAbsent(table, t -> new ArrayList<>()).add(id);
            }
        }
        none.forEach(rows::absent);
        stored.forEach(rows::load);
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
