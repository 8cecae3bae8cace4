package se.styrkort.testsupport.layers.sound.api;

import se.styrkort.testsupport.layers.sound.domain.Goal;

/** A REST view mapped from the domain: the direction the rules allow. */
public record GoalView(String title) {

    public static GoalView of(Goal goal) {
        return new GoalView(goal.title());
    }
}
