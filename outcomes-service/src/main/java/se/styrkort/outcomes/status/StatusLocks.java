package se.styrkort.outcomes.status;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/**
 * A transaction-scoped PostgreSQL advisory lock per goal (an indicator without a goal: per
 * indicator), taken in one order before any status of theirs is read. Two writes touching one goal
 * (two imports, an import and a target change) would otherwise both write its statuses and one
 * would fail at commit; this way the second waits, then reads what the first committed.
 */
@ApplicationScoped
public class StatusLocks {

    @Inject
    EntityManager em;

    /** The lock key of a goal or indicator id. */
    static long key(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<UUID> ids) {
        ids.stream().filter(Objects::nonNull).map(StatusLocks::key).distinct().sorted()
                .forEach(key -> em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, key)
                        .unwrap(NativeQuery.class).addSynchronizedQuerySpace("pg_advisory_xact_lock").getSingleResult());
    }
}
