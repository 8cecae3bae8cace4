package se.styrkort.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import se.styrkort.testsupport.ArchitectureRules;

/**
 * The shared layering, for a read model: its domain is {@code rollup} (the roll-up rules) and
 * {@code report} (the reports computed from the read model and the roll-ups), built on
 * {@code readmodel} (the copies of the other services' data) and used by the ways in and out:
 * {@code api} and {@code web} (HTTP), {@code events} (the consumers and the roll-up events),
 * {@code rebuild} and {@code freshness}.
 */
class ArchitectureTest {

    static final String ROOT = "se.styrkort.reporting";
    static final JavaClasses CLASSES = ArchitectureRules.classesOf(ROOT);

    @Test
    void theRollupAndReportRulesUseNothingAboveThem() {
        ArchitectureRules.domainUsesNothingAbove(ROOT, List.of("rollup", "report"), List.of("rebuild", "freshness"))
                .check(CLASSES);
    }

    @Test
    void onlyApiKnowsTheRestViews() {
        ArchitectureRules.restViewsStayInApi(ROOT).check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.noCycles(ROOT).check(CLASSES);
    }

    /** The read model is what everything else is computed from, so it uses none of it. */
    @Test
    void theReadModelUsesNothingBuiltOnIt() {
        noClasses().that().resideInAPackage(ROOT + ".readmodel..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".rollup..", ROOT + ".report..", ROOT + ".api..", ROOT + ".web..",
                        ROOT + ".events..", ROOT + ".rebuild..", ROOT + ".freshness..")
                .check(CLASSES);
    }

    /** HTTP (api, and web beside it) is a way in on top: nothing below it uses it, so either may use all below. */
    @Test
    void nothingBelowTheWaysInUsesThem() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".api..", ROOT + ".web..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".api..", ROOT + ".web..").allowEmptyShould(true).check(CLASSES);
    }
}
