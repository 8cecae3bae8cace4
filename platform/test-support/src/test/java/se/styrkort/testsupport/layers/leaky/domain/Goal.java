package se.styrkort.testsupport.layers.leaky.domain;

import se.styrkort.testsupport.layers.leaky.api.GoalInput;

/** A domain type that reaches up into the api: what the rules must refuse. */
public class Goal {
    String title;

    public void apply(GoalInput input) {
        title = input.title();
    }
}
