package se.styrkort.testsupport.layers.readmodel.rollup;

import java.util.List;

import se.styrkort.testsupport.layers.readmodel.readmodel.Goal;

/** A read model's rule, computed from the copies below it: the direction the rules allow. */
public record Rollup(long green) {

    public static Rollup of(List<Goal> goals) {
        return new Rollup(goals.stream().filter(g -> g.status().equals("GREEN")).count());
    }
}
