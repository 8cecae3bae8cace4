package se.styrkort.goals.domain;

import java.util.List;

/** A whole plan as read at once: the plan and every record below it, each list in its reading order. */
public record PlanTree(Plan plan, List<Strategy> strategies, List<OverallGoal> overallGoals,
        List<Assignment> assignments, List<Goal> goals, List<Indicator> indicators, List<Activity> activities) {
}
