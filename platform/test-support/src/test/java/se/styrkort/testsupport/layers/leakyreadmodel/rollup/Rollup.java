package se.styrkort.testsupport.layers.leakyreadmodel.rollup;

import se.styrkort.testsupport.layers.leakyreadmodel.rebuild.Rebuild;

/** A read model's rule that asks a way in above it: what the rule with the read model's packages forbids. */
public record Rollup(long green) {

    public static Rollup of(long green) {
        return new Rollup(Rebuild.running() ? 0 : green);
    }
}
