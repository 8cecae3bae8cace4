package se.styrkort.goals;

import se.styrkort.testsupport.ServiceLayersTest;

/** goals-service keeps the layering every service keeps, checked against its production classes. */
class ArchitectureTest extends ServiceLayersTest {

    ArchitectureTest() {
        super("se.styrkort.goals");
    }
}
