package se.styrkort.platform.events;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/**
 * Applies each aggregate version at most once per consumer: the version check, the change and the
 * new high-water mark commit in one transaction, in the event's tenant. A duplicate, or an older
 * version arriving after a newer one, is skipped; since every event carries full state, the newest
 * state wins whatever the order of arrival.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;

    /** Returns whether the event was applied (false: an equal or newer version was applied before). */
    public boolean apply(String consumer, IncomingEvent event, Consumer<IncomingEvent> change) {
        return TenantContext.call(event.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> {
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
                    .executeUpdate();
            if (advanced == 0) {
                LOG.debugf("%s skips %s %s version %d: applied already", consumer, event.aggregateType(),
                        event.aggregateId(), event.version());
                return false;
            }
            change.accept(event);
            return true;
        }));
    }
}
