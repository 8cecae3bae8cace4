package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.outcomes.status.TenantWork.inTenant;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The lock per goal, a PostgreSQL advisory lock held until the transaction ends. */
@QuarkusTest
class StatusLocksTest {

    @Inject
    StatusLocks locks;

    @Inject
    EntityManager em;

    static final String TENANT = "region-jh";

    @Test
    void theLockOfAGoalIsHeldUntilTheTransactionEnds() {
        UUID goal = UUID.randomUUID();
        long held = inTenant(TENANT, () -> {
            locks.lock(Arrays.asList(goal, null, goal));
            return ((Number) em.createNativeQuery(
                    "select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()")
                    .getSingleResult()).longValue();
        });
        assertThat(held).isEqualTo(1);
        long after = inTenant(TENANT, () -> ((Number) em.createNativeQuery(
                "select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()").getSingleResult())
                .longValue());
        assertThat(after).isZero();
    }

    @Test
    void aSecondTransactionWaitsForTheLockOfTheSameGoal() throws Exception {
        UUID goal = UUID.randomUUID();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> inTenant(TENANT, () -> {
                locks.lock(List.of(goal));
                locked.countDown();
                release.await();
                return null;
            }));
            locked.await();
            // While the first holds it, another transaction cannot take it.
            boolean free = inTenant(TENANT, () -> (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, StatusLocks.key(goal)).getSingleResult());
            assertThat(free).isFalse();
            release.countDown();
            first.get();
            boolean freed = inTenant(TENANT, () -> (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, StatusLocks.key(goal)).getSingleResult());
            assertThat(freed).isTrue();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
