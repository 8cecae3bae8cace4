package se.styrkort.platform.events;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.domain.Ids;

/**
 * Records an aggregate's change as an event in the same transaction as the change itself, so a
 * write and its event are committed together or not at all (docs/architecture.md, "The outbox"). The payload is
 * {@code {"changeType", "version", "state"}}, the state being the aggregate's full state after the
 * change. The trace context of the work that writes it is kept with the row, so the trace goes on
 * through the relay and every consumer of the event.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<OutboxWritten> written;

    @ConfigProperty(name = "styrkort.events.topic")
    String topic;

    private EventSchemas schemas;

    @PostConstruct
    void init() {
        schemas = new EventSchemas(mapper);
    }

    /**
     * Records a creation or update; call after the entity is persisted or changed. The state is
     * taken after a flush, so that it shows the version this change gets, as the event does.
     * Returns that state, for callers that keep it too (a revision history, say).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <S> S publish(Aggregate aggregate, ChangeType changeType, Supplier<S> state) {
        em.flush();
        S published = state.get();
        append(aggregate, aggregate.aggregateVersion(), changeType, published);
        return published;
    }

    /** One change of many recorded at once by {@link #publishAll}. */
    public record Change(Aggregate aggregate, ChangeType changeType, Supplier<?> state) {
    }

    /**
     * Records many changes as {@link #publish} records each, with one flush and one batched insert
     * instead of a flush and an insert per change: for bulk writes, where those would dominate.
     * The states are taken after the flush, in order; every row commits with the caller's
     * transaction like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String traceparent = Traceparents.current();
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Aggregate aggregate = change.aggregate();
            long version = aggregate.aggregateVersion();
            rows.add(new Object[] { Ids.next(), aggregate.tenant(), topic, aggregate.aggregateType(),
                    aggregate.aggregateId(), version, eventType(aggregate.aggregateType()),
                    payload(aggregate, change.changeType(), version, change.state().get()), Timestamp.from(now),
                    traceparent });
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, tenant, topic, aggregate_type, aggregate_id, aggregate_version,
                        event_type, payload, occurred_at, traceparent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        // The relay only needs to know that something was written; the batch's positions are not read back.
        written.fire(new OutboxWritten(-1));
    }

    /**
     * The event's data as JSON, refused (422, the change rolled back with it) if a consumer could not
     * read it: a value no consumer can read (PublishableJson) or data that does not match the schema
     * the service publishes for the type (EventSchemas). Serialized directly, not through a JSON tree,
     * which would strip decimals' trailing zeros.
     */
    private String payload(Aggregate aggregate, ChangeType changeType, long version, Object state) {
        String payload;
        try {
            payload = PublishableJson.write(mapper, new EventData(changeType, version, state), aggregate.aggregateType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the state of " + aggregate.aggregateType(), e);
        }
        schemas.check(aggregate.aggregateType(), payload);
        return payload;
    }

    private void append(Aggregate aggregate, long version, ChangeType changeType, Object state) {
        OutboxEvent event = new OutboxEvent();
        event.id = Ids.next();
        event.tenant = aggregate.tenant();
        event.topic = topic;
        event.aggregateType = aggregate.aggregateType();
        event.aggregateId = aggregate.aggregateId();
        event.aggregateVersion = version;
        event.eventType = eventType(aggregate.aggregateType());
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.traceparent = Traceparents.current();
        event.payload = payload(aggregate, changeType, version, state);
        event.persist();
        written.fire(new OutboxWritten(event.position));
    }

    /** The data of every Styrkort event. */
    record EventData(ChangeType changeType, long version, Object state) {
    }

    private static String eventType(String aggregateType) {
        return "se.styrkort." + aggregateType + ".changed.v1";
    }
}
