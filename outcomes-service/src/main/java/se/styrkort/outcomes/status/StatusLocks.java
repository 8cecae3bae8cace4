package se.styrkort.outcomes.status;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** Takes the locks of all the ids with one statement, in the order of their keys. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<UUID> ids) {
        String keys = ids.stream().filter(Objects::nonNull).map(StatusLocks::key).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        if (keys.equals("{}")) {
            return;
        }
        // The subquery's order is the order the locks are taken in: every writer takes them alike.
        em.createNativeQuery("select count(pg_advisory_xact_lock(k)) from (select k from unnest(cast(?1 as bigint[])) as k "
                + "order by k) as keys").setParameter(1, keys)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("pg_advisory_xact_lock").getSingleResult();
    }
}
