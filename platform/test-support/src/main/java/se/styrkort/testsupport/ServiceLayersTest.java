package se.styrkort.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The layering every service keeps, as one test a service extends with its root package: the
 * domain uses nothing above it, only {@code api} knows the REST views, and no two packages depend
 * on each other. A service whose layers differ (reporting-service's read model) states its own
 * rules with {@link ArchitectureRules} instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceLayersTest {

    private final String root;
    private final JavaClasses classes;

    protected ServiceLayersTest(String root) {
        this.root = root;
        this.classes = ArchitectureRules.classesOf(root);
    }

    @Test
    void theDomainUsesNothingAboveIt() {
        ArchitectureRules.domainUsesNothingAbove(root).check(classes);
    }

    @Test
    void onlyTheApiKnowsTheRestViews() {
        ArchitectureRules.restViewsStayInApi(root).check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        ArchitectureRules.noCycles(root).check(classes);
    }
}
