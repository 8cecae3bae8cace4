package se.styrkort.budget;

import se.styrkort.testsupport.ServiceLayersTest;

/** budget-service keeps the layering every service keeps, checked against its production classes. */
class ArchitectureTest extends ServiceLayersTest {

    ArchitectureTest() {
        super("se.styrkort.budget");
    }
}
