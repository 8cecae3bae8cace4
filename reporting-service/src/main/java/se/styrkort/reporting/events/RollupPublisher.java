package se.styrkort.reporting.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.query.NativeQuery;

import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.tenant.CurrentTenant;
import se.styrkort.reporting.report.KeptAnswers;
import se.styrkort.reporting.rollup.PlanRollups;
import se.styrkort.reporting.rollup.RollupChanges;

/**
 * Publishes the roll-ups that changed on {@code styrkort.reporting}, each with its full state, in
 * the transaction that applied the change (the platform's outbox); a roll-up that did not change
 * publishes nothing. It also raises each touched plan's read version, which tells the roll-up
 * answers kept for readers that they are out of date (see RollupViewCache), and drops this instance's
 * kept answers of the plan once the change is committed (KeptAnswers).
 */
@ApplicationScoped
public class RollupPublisher {

    @Inject
    PlanRollups planRollups;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    KeptAnswers answers;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Publishes what many changes affected, each plan's roll-ups once: the periods its goal statuses
     * named, or every period where one change named none. The topics are consumed in parallel, so
     * two changes of one plan may be applied at once: each takes the plan's lock first (in id order,
     * so two never wait for each other), and the second computes the roll-ups again after the first
     * has committed, seeing both changes.
     */
    public void publish(Collection<AffectedRollups> affected) {
        Map<UUID, Set<String>> periods = AffectedRollups.byPlan(affected);
        periods.keySet().forEach(this::lock);
        periods.keySet().forEach(this::raiseVersion);
        dropAnswersOnCommit(periods.keySet());
        List<Outbox.Change> changes = new ArrayList<>();
        periods.forEach((plan, only) -> (only == null ? planRollups.periods(plan) : only)
                .forEach(period -> changed(plan, period, changes)));
        outbox.publishAll(changes);
    }

    /** Publishes what changed in every period of the plan that has a goal status or a published roll-up. */
    public void publishAll(UUID plan) {
        raiseVersion(plan);
        dropAnswersOnCommit(List.of(plan));
        List<Outbox.Change> changes = new ArrayList<>();
        planRollups.periods(plan).forEach(period -> changed(plan, period, changes));
        outbox.publishAll(changes);
    }

    /**
     * Adds the roll-ups of the plan and period that changed to {@code changes}, published by the
     * caller at its end with one flush and one batched insert rather than a flush per roll-up. Each
     * plan and period is refreshed once per publication, so the state taken after that one flush is
     * the state computed here, and the order of the changes stays theirs.
     */
    private void changed(UUID plan, String period, List<Outbox.Change> changes) {
        for (RollupChanges.Change c : planRollups.refresh(tenant.get().orElseThrow(), plan, period)) {
            changes.add(new Outbox.Change(c.rollup(), c.created() ? ChangeType.CREATED : ChangeType.UPDATED,
                    () -> RollupState.of(c.rollup())));
        }
    }

    /** Marks the plan's roll-up answers as out of date (see RollupViewCache). */
    private void raiseVersion(UUID plan) {
        em.createNativeQuery("""
                insert into plan_read_version (tenant, plan_id, version) values (?1, ?2, 1)
                on conflict (tenant, plan_id) do update set version = plan_read_version.version + 1""")
                .setParameter(1, tenant.get().orElseThrow()).setParameter(2, plan)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("plan_read_version").executeUpdate();
    }

    /**
     * Drops the plans' kept answers once the change is committed: before it, a reader would only make
     * them again at the old version. One that is made meanwhile at the old version is not served after
     * the commit either, since each request compares the version.
     */
    private void dropAnswersOnCommit(Collection<UUID> plans) {
        if (plans.isEmpty()) {
            return;
        }
        String tenantId = tenant.get().orElseThrow();
        List<UUID> dropped = List.copyOf(plans);
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    answers.invalidate(tenantId, dropped);
                }
            }
        });
    }

    /** A transaction-scoped PostgreSQL advisory lock on the plan's roll-ups. */
    private void lock(UUID plan) {
        // No table: nothing needs flushing first (a native statement otherwise flushes everything).
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, plan.getMostSignificantBits() ^ plan.getLeastSignificantBits())
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("pg_advisory_xact_lock").getSingleResult();
    }
}
