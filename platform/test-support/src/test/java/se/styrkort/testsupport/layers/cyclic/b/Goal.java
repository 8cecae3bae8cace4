package se.styrkort.testsupport.layers.cyclic.b;

import se.styrkort.testsupport.layers.cyclic.a.Plan;

/** The other half of the package cycle. */
public class Goal {
    Plan plan;
}
