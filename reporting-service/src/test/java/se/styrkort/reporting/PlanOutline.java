package se.styrkort.reporting;

/**
 * What most tests hang their goals on: a plan owned by one unit, with one strategy and one overall
 * goal in it, each with a fresh id.
 */
public record PlanOutline(String unit, String plan, String strategy, String overallGoal) {

    public static PlanOutline fresh() {
        return new PlanOutline(Feed.id(), Feed.id(), Feed.id(), Feed.id());
    }

    /** Adds the unit, the plan, its strategy and its overall goal, with these names, to the feed. */
    public Feed addTo(Feed feed, String unitName, String planName, String strategyName, String overallGoalTitle) {
        return feed.orgUnit(unit, unitName, null).plan(plan, planName, unit).strategy(strategy, plan, strategyName, 1)
                .overallGoal(overallGoal, strategy, null, overallGoalTitle);
    }

    /** Adds a goal of the plan, owned by its unit, under its overall goal. */
    public Feed goal(Feed feed, String id, long version, String title) {
        return feed.goal(id, version, plan, unit, overallGoal, title);
    }

    /** Adds a goal's status in a period at the plan's unit, as outcomes-service publishes it. */
    public Feed goalStatus(Feed feed, String goal, long version, String period, String computed, String assessed) {
        return feed.goalStatus(goal, version, plan, unit, period, computed, assessed);
    }
}
