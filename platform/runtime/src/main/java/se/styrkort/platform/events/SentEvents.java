package se.styrkort.platform.events;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/**
 * The outbox's sent rows: a row Kafka acknowledged moves from {@code outbox_event} to
 * {@code outbox_sent}, where it is kept for a while ({@code styrkort.outbox.keep-sent}) to be looked
 * up or replayed, so {@code outbox_event} holds only what is still to be sent.
 */
@ApplicationScoped
class SentEvents {

    /** Moves the rows at these positions to {@code outbox_sent}, stamped with the time they were sent. */
    void moveToSent(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        // One array parameter, not an in list of up to a batch's positions: the same statement every
        // time, where each list length was a query to translate and hundreds of parameters to bind.
        TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement move = connection.prepareStatement("""
                        with sent as (delete from outbox_event where position = any(?) returning *)
                        insert into outbox_sent (position, id, tenant, topic, aggregate_type, aggregate_id,
                                                 aggregate_version, event_type, payload, occurred_at, traceparent,
                                                 sent_at)
                        select position, id, tenant, topic, aggregate_type, aggregate_id,
                               aggregate_version, event_type, payload, occurred_at, traceparent, now()
                        from sent""")) {
                    move.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
                    move.executeUpdate();
                }
            });
            return null;
        }));
    }

    /** Deletes the rows sent before the given time; returns how many. */
    int deleteSentBefore(OffsetDateTime time) {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.getEntityManager().createNativeQuery("delete from outbox_sent where sent_at < ?1")
                        .setParameter(1, time).executeUpdate()));
    }
}
