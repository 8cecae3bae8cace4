package se.styrkort.reporting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.cache.CacheResult;
import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.report.RollupViews;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.reporting.rollup.Rollups;

/**
 * Scorecards, each computed once per read version of its plan (as the API's roll-up answers are,
 * report/RollupViewCache): the version is part of the key and rises with every change a scorecard
 * could show, so a kept one is never stale, and a scorecard open in many browsers costs one query each.
 */
@ApplicationScoped
public class Scorecards {

    @Inject
    EntityManager em;

    @Inject
    Rollups rollups;

    @Inject
    RollupViews rollupViews;

    @CacheResult(cacheName = "web-scorecards")
    public Scorecard of(String tenant, UUID planId, String period, UUID unit, long version) {
        PlanSummary plan = em.find(PlanSummary.class, planId);
        RollupViews.Basis all = rollupViews.basis(plan.id, Period.parse(period));
        List<Scorecard.Unit> units = all.structure().units().values().stream()
                .sorted(Comparator.comparing((OrgUnit u) -> u.name))
                .map(u -> new Scorecard.Unit(u.id, u.name, u.id.equals(unit))).toList();
        RollupViews.Basis basis = all;
        if (unit != null) {
            basis = new RollupViews.Basis(all.period(), all.goals().stream().filter(g -> unit.equals(g.ownerUnitId())).toList(),
                    all.previous().stream().filter(g -> unit.equals(g.ownerUnitId())).toList(), all.structure());
        }
        RollupView total = rollupViews.of(basis, RollupLevel.PLAN).get(0);
        List<RollupView> strategyViews = rollupViews.of(basis, RollupLevel.STRATEGY);
        List<Rollups.Group> groups = rollups.groups(basis.structure(), basis.goals(), RollupLevel.STRATEGY);
        List<Scorecard.Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            rows.add(new Scorecard.Row(strategyViews.get(i), groups.get(i).goals()));
        }
        List<String> periods = em.createQuery("select distinct s.period from GoalStatus s where s.planId = :plan", String.class)
                .setParameter("plan", plan.id).getResultList();
        return new Scorecard(plan, period, PeriodOption.of(plan, periods, period), units,
                units.stream().anyMatch(Scorecard.Unit::selected) ? unit : null, total, rows, version);
    }
}
