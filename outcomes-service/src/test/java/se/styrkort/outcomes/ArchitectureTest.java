package se.styrkort.outcomes;

import se.styrkort.testsupport.ServiceLayersTest;

/** outcomes-service keeps the layering every service keeps, checked against its production classes. */
class ArchitectureTest extends ServiceLayersTest {

    ArchitectureTest() {
        super("se.styrkort.outcomes");
    }
}
