package se.styrkort.platform.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/**
 * Applies each aggregate version at most once per consumer: the version check, the change and the
 * new high-water mark commit in one transaction, in the event's tenant. A duplicate, or an older
 * version arriving after a newer one, is skipped; since every event carries full state, the newest
 * state wins whatever the order of arrival.
 *
 * <p>
 * A transient failure (a lock or serialization conflict, a deadlock, a lost connection) is tried
 * again, each time in a new transaction, before the event is given up to the dead-letter topic:
 * an event must not be lost to a clash that the next try would not meet.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /** Tries of one event, and the pause before the second; each later pause doubles. */
    static final int ATTEMPTS = 5;
    static final long FIRST_PAUSE_MILLIS = 100;

    @Inject
    EntityManager em;

    /** Returns whether the event was applied (false: an equal or newer version was applied before). */
    public boolean apply(String consumer, IncomingEvent event, Consumer<IncomingEvent> change) {
        return withRetries(consumer, event, () -> applyOnce(consumer, event, change));
    }

    /**
     * One event through a batch's handler, in a transaction of its own, with the retries of
     * {@link #apply}: the version checked where the handler checks it ({@link EventBatches.Handler#checksVersions}).
     */
    <S> boolean applyOne(String consumer, IncomingEvent event, EventBatches.Handler<S> handler) {
        if (!handler.checksVersions()) {
            return apply(consumer, event, e -> {
                S gathered = handler.begin();
                handler.apply(gathered, e);
                handler.end(gathered);
            });
        }
        return withRetries(consumer, event, () -> TenantContext.call(event.tenant(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    S gathered = handler.begin();
                    List<IncomingEvent> newer = handler.newer(gathered, List.of(event));
                    if (!newer.isEmpty()) {
                        handler.prepare(gathered, newer, e -> false);
                        handler.apply(gathered, event);
                    }
                    handler.end(gathered);
                    return !newer.isEmpty();
                })));
    }

    private boolean withRetries(String consumer, IncomingEvent event, BooleanSupplier once) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1;; attempt++) {
            try {
                return once.getAsBoolean();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s tries %s %s version %d again (%d of %d) after a transient failure: %s", consumer,
                        event.aggregateType(), event.aggregateId(), event.version(), attempt + 1, ATTEMPTS, e);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause *= 2;
            }
        }
    }

    /**
     * Whether another try may succeed: an optimistic or pessimistic lock conflict, or an SQL state of
     * class 40 (serialization failure, deadlock) or 08 (connection), anywhere in the causes.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof StaleStateException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies events of one tenant in one transaction, each version at most once, then ends the
     * handler's gathering; any failure rolls all of it back (see {@link EventBatches}).
     */
    <S> void applyAll(String consumer, String tenant, List<IncomingEvent> events, EventBatches.Handler<S> handler) {
        // Every event carries its aggregate's full state, so of several versions in one batch the
        // newest alone is applied: the state it ends with is the same.
        Map<String, IncomingEvent> newest = new LinkedHashMap<>();
        for (IncomingEvent event : events) {
            newest.merge(event.aggregateType() + ":" + event.aggregateId(), event,
                    (a, b) -> b.version() > a.version() ? b : a);
        }
        if (handler.checksVersions()) {
            TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
                S gathered = handler.begin();
                List<IncomingEvent> applied = handler.newer(gathered, List.copyOf(newest.values()));
                if (!applied.isEmpty()) {
                    handler.prepare(gathered, applied, e -> false);
                }
                applied.forEach(event -> handler.apply(gathered, event));
                handler.end(gathered);
                return null;
            }));
            return;
        }
        TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Boolean> advanced = advanceAll(consumer, newest.values());
            List<IncomingEvent> applied = new ArrayList<>(advanced.size());
            Set<IncomingEvent> firstOfAggregate = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<String, IncomingEvent> e : newest.entrySet()) {
                Boolean first = advanced.get(e.getKey());
                if (first != null) {
                    applied.add(e.getValue());
                    if (first) {
                        firstOfAggregate.add(e.getValue());
                    }
                }
            }
            S gathered = handler.begin();
            if (!applied.isEmpty()) {
                handler.prepare(gathered, applied, firstOfAggregate::contains);
            }
            applied.forEach(event -> handler.apply(gathered, event));
            handler.end(gathered);
            return null;
        }));
    }

    /**
     * {@link #advance} for many events of distinct aggregates in one statement: the keys
     * ({@code type:id}) of those whose version was newer than the one applied before, each with
     * whether the consumer had applied no version of that aggregate before (its mark was inserted,
     * not updated: PostgreSQL leaves {@code xmax} zero on a row the statement inserted).
     */
    private Map<String, Boolean> advanceAll(String consumer, Collection<IncomingEvent> events) {
        Map<String, Boolean> advanced = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into applied_event (consumer, aggregate_type, aggregate_id, version, applied_at)
                    select ?, t, i, v, now() from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as e (t, i, v)
                    on conflict (consumer, aggregate_type, aggregate_id) do update
                      set version = excluded.version, applied_at = excluded.applied_at
                      where applied_event.version < excluded.version
                    returning aggregate_type, aggregate_id, xmax = 0""")) {
                upsert.setString(1, consumer);
                upsert.setArray(2, connection.createArrayOf("varchar",
                        events.stream().map(IncomingEvent::aggregateType).toArray()));
                upsert.setArray(3, connection.createArrayOf("varchar",
                        events.stream().map(IncomingEvent::aggregateId).toArray()));
                upsert.setArray(4, connection.createArrayOf("bigint",
                        events.stream().map(IncomingEvent::version).toArray()));
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        advanced.put(rows.getString(1) + ":" + rows.getString(2), rows.getBoolean(3));
                    }
                }
            }
        });
        return advanced;
    }

    private boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> change) {
        return TenantContext.call(event.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> {
            if (!advance(consumer, event)) {
                return false;
            }
            change.accept(event);
            return true;
        }));
    }

    /**
     * Raises the consumer's high-water mark of the aggregate to the event's version, if it is newer.
     * The statement names the one table it touches: a native statement otherwise makes Hibernate
     * flush, and dirty-check, everything a batch has written before it, once per event.
     */
    private boolean advance(String consumer, IncomingEvent event) {
        int advanced = em.createNativeQuery("""
                insert into applied_event (consumer, aggregate_type, aggregate_id, version, applied_at)
                values (?1, ?2, ?3, ?4, now())
                on conflict (consumer, aggregate_type, aggregate_id) do update
                  set version = excluded.version, applied_at = excluded.applied_at
                  where applied_event.version < excluded.version""")
                .setParameter(1, consumer)
                .setParameter(2, event.aggregateType())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.version())
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("applied_event")
                .executeUpdate();
        if (advanced == 0) {
            LOG.debugf("%s skips %s %s version %d: applied already", consumer, event.aggregateType(),
                    event.aggregateId(), event.version());
        }
        return advanced > 0;
    }
}
