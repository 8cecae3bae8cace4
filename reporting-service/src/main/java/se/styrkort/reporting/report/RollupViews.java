package se.styrkort.reporting.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrkort.platform.domain.Period;
import se.styrkort.reporting.rollup.GoalLine;
import se.styrkort.reporting.rollup.RollupFigures;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.reporting.rollup.Rollups;
import se.styrkort.reporting.rollup.Status;

/** Roll-ups of a plan and period at one level, each compared with the previous period of the same kind. */
@ApplicationScoped
public class RollupViews {

    @Inject
    Rollups rollups;

    /** The plan's goals now and in the previous period, and what they are grouped by. */
    public record Basis(Period period, List<GoalLine> goals, List<GoalLine> previous, Rollups.Structure structure) {
    }

    public Basis basis(UUID plan, Period period) {
        return basis(plan, period, goals -> rollups.structure(plan, goals));
    }

    /** As {@link #basis(UUID, Period)}, with the plan's structure from the given source (a cache, say). */
    public Basis basis(UUID plan, Period period, Function<List<GoalLine>, Rollups.Structure> structure) {
        Rollups.Periods goals = rollups.goals(plan, period.toString(), period.previous().toString());
        return new Basis(period, goals.now(), goals.before(), structure.apply(goals.now()));
    }

    public List<RollupView> of(Basis b, RollupLevel level) {
        Map<UUID, Status> before = new HashMap<>();
        b.previous().forEach(g -> before.put(g.goalId(), g.status()));
        Map<String, Rollups.Group> previousGroups = new HashMap<>();
        rollups.groups(b.structure(), b.previous(), level).forEach(g -> previousGroups.put(String.valueOf(g.keyId()), g));
        List<RollupView> views = new ArrayList<>();
        for (Rollups.Group g : rollups.groups(b.structure(), b.goals(), level)) {
            Rollups.Group prev = previousGroups.get(String.valueOf(g.keyId()));
            List<RollupView.Move> up = new ArrayList<>();
            List<RollupView.Move> down = new ArrayList<>();
            for (GoalLine goal : g.goals()) {
                Status from = before.getOrDefault(goal.goalId(), Status.NOT_MEASURABLE);
                int was = GoalLine.rank(from);
                int is = GoalLine.rank(goal.status());
                if (was > 0 && is > 0 && was != is) {
                    (is > was ? up : down).add(new RollupView.Move(goal.goalId(), goal.title(), from, goal.status()));
                }
            }
            RollupFigures now = RollupFigures.of(g.rollup());
            RollupFigures then = prev == null ? null : RollupFigures.of(prev.rollup());
            views.add(new RollupView(b.structure().planId(), b.period().toString(), level.param(), g.keyId(), g.keyName(),
                    now.counts(), now.shares(), now.wholePercent(), now.overallStatus(),
                    new RollupView.Change(b.period().previous().toString(), then == null ? null : then.counts(),
                            then == null ? null : then.overallStatus(), up, down)));
        }
        return views;
    }
}
