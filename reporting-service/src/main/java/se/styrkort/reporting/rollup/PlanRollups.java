package se.styrkort.reporting.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A plan's roll-ups as they are kept for publishing: computed at every level for a period, compared
 * with those last published (RollupChanges), and the new figures stored in the current transaction.
 */
@ApplicationScoped
public class PlanRollups {

    @Inject
    Rollups rollups;

    @Inject
    EntityManager em;

    /** The plan's roll-ups in the period, level by level (plan, strategies, overall goals, units), as computed now. */
    public List<Rollups.Group> compute(UUID plan, String period) {
        List<GoalLine> goals = rollups.goals(plan, period);
        Rollups.Structure structure = rollups.structure(plan, goals);
        List<Rollups.Group> all = new ArrayList<>();
        for (RollupLevel level : RollupLevel.values()) {
            all.addAll(rollups.groups(structure, goals, level));
        }
        return all;
    }

    /** Every period of the plan that has a goal status or a published roll-up, in order. */
    public Set<String> periods(UUID plan) {
        Set<String> periods = new TreeSet<>(em.createQuery(
                "select distinct s.period from GoalStatus s where s.planId = :plan", String.class)
                .setParameter("plan", plan).getResultList());
        periods.addAll(em.createQuery("select distinct r.period from PublishedRollup r where r.planId = :plan", String.class)
                .setParameter("plan", plan).getResultList());
        return periods;
    }

    /**
     * Computes the plan's roll-ups in the period again and keeps what changed since they were last
     * published (new ones stored, changed ones updated at the next flush): the roll-ups to publish.
     */
    public List<RollupChanges.Change> refresh(String tenant, UUID plan, String period) {
        List<PublishedRollup> published = em
                .createQuery("from PublishedRollup where planId = :plan and period = :period", PublishedRollup.class)
                .setParameter("plan", plan).setParameter("period", period).getResultList();
        List<RollupChanges.Change> changes = RollupChanges.between(published, compute(plan, period), tenant, plan, period);
        changes.stream().filter(RollupChanges.Change::created).forEach(c -> c.rollup().persist());
        return changes;
    }
}
