package se.styrkort.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/** Rows of the outbox tables as a test writes and reads them, past {@link Outbox} and its relay. */
final class OutboxRows {

    private OutboxRows() {
    }

    /** Inserts an unsent row as {@link Outbox} writes one; returns its position. */
    static long insert(String topic, String aggregateId, long version, String payload, Instant occurredAt) {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) OutboxEvent.getEntityManager().createNativeQuery("""
                        insert into outbox_event (id, tenant, topic, aggregate_type, aggregate_id, aggregate_version,
                            event_type, payload, occurred_at) values (?1, 'region-jh', ?2, 'plan', ?3, ?4,
                            'se.styrkort.plan.changed.v1', ?5, ?6) returning position""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, topic).setParameter(3, aggregateId)
                        .setParameter(4, version).setParameter(5, payload).setParameter(6, Timestamp.from(occurredAt))
                        .getSingleResult()).longValue()));
    }

    static long count(String table, String aggregateId) {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) OutboxEvent.getEntityManager()
                        .createNativeQuery("select count(*) from " + table + " where aggregate_id = ?1")
                        .setParameter(1, aggregateId).getSingleResult()).longValue()));
    }

    @SuppressWarnings("unchecked")
    static List<Long> positions(String table, String aggregateIdPrefix) {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> ((List<Number>) OutboxEvent.getEntityManager()
                        .createNativeQuery("select position from " + table + " where aggregate_id like ?1 order by position")
                        .setParameter(1, aggregateIdPrefix + "%").getResultList()).stream().map(Number::longValue)
                        .toList()));
    }

    /** Empties the outbox of rows a test left, so that the next test's backlog is its own. */
    static void clear() {
        TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.getEntityManager().createNativeQuery("delete from outbox_event").executeUpdate()));
    }
}
