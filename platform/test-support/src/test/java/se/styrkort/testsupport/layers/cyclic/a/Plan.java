package se.styrkort.testsupport.layers.cyclic.a;

import se.styrkort.testsupport.layers.cyclic.b.Goal;

/** Half of a package cycle the rules must catch. */
public class Plan {
    Goal first;
}
