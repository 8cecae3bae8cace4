package se.styrkort.reporting.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.styrkort.platform.domain.Period;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.reporting.readmodel.OrgUnitTree;
import se.styrkort.reporting.readmodel.PlanSummary;
import se.styrkort.reporting.rollup.GoalLine;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.reporting.rollup.Rollups;

/** Assembles a plan's report for a period; a plan without goals or budget data gives an empty report, not an error. */
@ApplicationScoped
public class Reports {

    @Inject
    EntityManager em;

    @Inject
    RollupViews rollupViews;

    @Inject
    Rollups rollups;

    @Inject
    GoalDetails goalDetails;

    @Inject
    Economy economy;

    @Inject
    Investments investments;

    @Inject
    RevenuesAndCosts revenuesAndCosts;

    @Inject
    Staff staff;

    public PlanSummary plan(UUID id) {
        PlanSummary plan = em.find(PlanSummary.class, id);
        if (plan == null) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    public ReportView of(UUID planId, Period period) {
        PlanSummary plan = plan(planId);
        RollupViews.Basis basis = rollupViews.basis(planId, period);
        RollupView summary = rollupViews.of(basis, RollupLevel.PLAN).get(0);
        List<GoalDetail> details = goalDetails.of(planId, period.toString(), basis.goals(), basis.structure());
        Map<UUID, GoalDetail> byGoal = new HashMap<>();
        details.forEach(d -> byGoal.put(d.goalId(), d));
        List<ReportView.Section> sections = new ArrayList<>();
        List<RollupView> strategyRollups = rollupViews.of(basis, RollupLevel.STRATEGY);
        List<Rollups.Group> groups = rollups.groups(basis.structure(), basis.goals(), RollupLevel.STRATEGY);
        for (int i = 0; i < groups.size(); i++) {
            Rollups.Group g = groups.get(i);
            sections.add(new ReportView.Section(g.keyId(), g.keyName(), strategyRollups.get(i),
                    g.goals().stream().map(GoalLine::goalId).map(byGoal::get).filter(Objects::nonNull).toList()));
        }
        Set<UUID> units = economyUnits(plan, basis.goals());
        List<EconomyLine> economyLines = units.isEmpty() ? List.of() : economy.of(period, units);
        List<InvestmentLine> investmentLines = units.isEmpty() ? List.of() : investments.of(period, units, null);
        return new ReportView(planId, plan.name, period.toString(), period.previous().toString(), summary, sections,
                revenuesAndCosts.of(period, units), economyLines, investmentLines, Investments.totals(investmentLines),
                staff.of(period, List.copyOf(units)));
    }

    /** The plan owner's unit and every unit below it; without an owner, the units that own the plan's goals. */
    private Set<UUID> economyUnits(PlanSummary plan, List<GoalLine> goals) {
        Set<UUID> units = new LinkedHashSet<>();
        if (plan.ownerUnitId == null) {
            goals.forEach(g -> units.add(g.ownerUnitId()));
            return units;
        }
        return OrgUnitTree.andBelow(em, plan.ownerUnitId);
    }
}
