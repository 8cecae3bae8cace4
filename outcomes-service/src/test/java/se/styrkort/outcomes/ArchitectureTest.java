package se.styrkort.outcomes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import se.styrkort.testsupport.ArchitectureRules;

/** outcomes-service keeps the layering every service keeps (see {@link ArchitectureRules}). */
class ArchitectureTest {

    private static final String ROOT = "se.styrkort.outcomes";
    private static final JavaClasses CLASSES = ArchitectureRules.classesOf(ROOT);

    @Test
    void domainUsesNothingAbove() {
        ArchitectureRules.domainUsesNothingAbove(ROOT).check(CLASSES);
    }

    @Test
    void restViewsStayInApi() {
        ArchitectureRules.restViewsStayInApi(ROOT).check(CLASSES);
    }

    @Test
    void noCycles() {
        ArchitectureRules.noCycles(ROOT).check(CLASSES);
    }
}
