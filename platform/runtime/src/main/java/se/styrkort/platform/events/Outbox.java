package se.styrkort.platform.events;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import se.styrkort.platform.domain.UnnestRows;

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
     * Records many changes as {@link #publish} records each, with one flush and one statement
     * ({@code insert … select … from unnest(…)}, in order, so positions follow the list) instead of
     * a flush and an insert per change: for bulk writes, where those would dominate. The states are
     * taken after the flush, in order; every row commits with the caller's transaction like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UnnestRows rows = new UnnestRows(7);
        for (Change change : changes) {
            Aggregate aggregate = change.aggregate();
            long version = aggregate.aggregateVersion();
            rows.add(Ids.next(), aggregate.tenant(), aggregate.aggregateType(), aggregate.aggregateId(), version,
                    eventType(aggregate.aggregateType()),
                    payload(aggregate, change.changeType(), version, change.state().get()));
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, tenant, topic, aggregate_type, aggregate_id, aggregate_version,
                        event_type, payload, occurred_at, traceparent)
                    select cast(e.id as uuid), e.tenant, ?, e.aggregate_type, e.aggregate_id,
                        cast(e.aggregate_version as bigint), e.event_type, e.payload, ?, ?
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        with ordinality as e(id, tenant, aggregate_type, aggregate_id, aggregate_version, event_type,
                            payload, n)
                    order by e.n""")) {
                insert.setString(1, topic);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, Traceparents.current());
                rows.bind(connection, insert, 4);
                insert.executeUpdate();
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
