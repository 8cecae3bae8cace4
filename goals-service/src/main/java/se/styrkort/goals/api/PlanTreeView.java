package se.styrkort.goals.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import se.styrkort.goals.domain.Activity;
import se.styrkort.goals.domain.Assignment;
import se.styrkort.goals.domain.Goal;
import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.OverallGoal;
import se.styrkort.goals.domain.PlanTree;

/**
 * A plan with everything below it: strategies, their overall goals nested as deep as they go, each
 * overall goal's assignments and goals, each goal's indicators with their targets and its activities.
 * Goals placed under no overall goal are listed apart.
 */
public record PlanTreeView(PlanView plan, List<StrategyNode> strategies, List<GoalNode> unplacedGoals) {

    public record StrategyNode(StrategyView strategy, List<OverallGoalNode> overallGoals) {
    }

    public record OverallGoalNode(OverallGoalView overallGoal, List<OverallGoalNode> children,
            List<AssignmentView> assignments, List<GoalNode> goals) {
    }

    public record GoalNode(GoalView goal, List<IndicatorView> indicators, List<ActivityView> activities) {
    }

    public static PlanTreeView of(PlanTree tree) {
        List<OverallGoal> overallGoals = tree.overallGoals();
        List<Goal> goals = tree.goals();
        Map<UUID, List<OverallGoal>> byParent = overallGoals.stream().filter(o -> o.parentId != null)
                .collect(Collectors.groupingBy(o -> o.parentId));
        Map<UUID, List<Assignment>> assignmentsOf = tree.assignments().stream()
                .collect(Collectors.groupingBy(a -> a.overallGoalId));
        Map<UUID, List<Goal>> goalsOf = goals.stream().filter(g -> g.overallGoalId != null)
                .collect(Collectors.groupingBy(g -> g.overallGoalId));
        Map<UUID, List<Indicator>> indicatorsOf = tree.indicators().stream()
                .collect(Collectors.groupingBy(i -> i.goalId));
        Map<UUID, List<Activity>> activitiesOf = tree.activities().stream()
                .collect(Collectors.groupingBy(a -> a.goalId));
        Builder builder = new Builder(byParent, assignmentsOf, goalsOf, indicatorsOf, activitiesOf);
        List<StrategyNode> strategyNodes = tree.strategies().stream()
                .map(s -> new StrategyNode(StrategyView.of(s), overallGoals.stream()
                        .filter(o -> o.parentId == null && o.strategyId.equals(s.id)).map(builder::node).toList()))
                .toList();
        List<GoalNode> unplaced = goals.stream().filter(g -> g.overallGoalId == null).map(builder::node).toList();
        return new PlanTreeView(PlanView.of(tree.plan()), strategyNodes, unplaced);
    }

    private record Builder(Map<UUID, List<OverallGoal>> byParent, Map<UUID, List<Assignment>> assignmentsOf,
            Map<UUID, List<Goal>> goalsOf, Map<UUID, List<Indicator>> indicatorsOf,
            Map<UUID, List<Activity>> activitiesOf) {

        OverallGoalNode node(OverallGoal o) {
            return new OverallGoalNode(OverallGoalView.of(o),
                    byParent.getOrDefault(o.id, List.of()).stream().map(this::node).toList(),
                    assignmentsOf.getOrDefault(o.id, List.of()).stream().map(AssignmentView::of).toList(),
                    goalsOf.getOrDefault(o.id, List.of()).stream().map(this::node).toList());
        }

        GoalNode node(Goal g) {
            return new GoalNode(GoalView.of(g),
                    indicatorsOf.getOrDefault(g.id, List.of()).stream().map(IndicatorView::of).toList(),
                    activitiesOf.getOrDefault(g.id, List.of()).stream().map(ActivityView::of).toList());
        }
    }
}
