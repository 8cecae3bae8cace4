package se.styrkort.platform.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an aggregate's change as an event in the same transaction as the change itself, so a
 * write and its event are committed together or not at all (DESIGN.md "Events"). The payload is
 * {@code {"changeType", "version", "state"}}, the state being the aggregate's full state after the
 * change.
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

    private void append(Aggregate aggregate, long version, ChangeType changeType, Object state) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.tenant = aggregate.tenant();
        event.topic = topic;
        event.aggregateType = aggregate.aggregateType();
        event.aggregateId = aggregate.aggregateId();
        event.aggregateVersion = version;
        event.eventType = eventType(aggregate.aggregateType());
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            // Serialized directly, not through a JSON tree, which would strip decimals' trailing zeros.
            event.payload = mapper.writeValueAsString(new EventData(changeType, version, state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the state of " + aggregate.aggregateType(), e);
        }
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
