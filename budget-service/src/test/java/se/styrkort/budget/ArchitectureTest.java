package se.styrkort.budget;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import se.styrkort.testsupport.ArchitectureRules;

/** The layering every service keeps, checked against budget-service's production classes. */
class ArchitectureTest {

    private static final String ROOT = "se.styrkort.budget";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.classesOf(ROOT);
    }

    @Test
    void theDomainUsesNothingAboveIt() {
        ArchitectureRules.domainUsesNothingAbove(ROOT).check(classes);
    }

    @Test
    void onlyTheApiKnowsTheRestViews() {
        ArchitectureRules.restViewsStayInApi(ROOT).check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        ArchitectureRules.noCycles(ROOT).check(classes);
    }
}
