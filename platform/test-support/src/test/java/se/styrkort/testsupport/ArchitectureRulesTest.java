package se.styrkort.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The rules every service's ArchitectureTest applies, held to small packages made to break them. */
class ArchitectureRulesTest {

    private static final String LAYERS = "se.styrkort.testsupport.layers";

    @Test
    void aCycleBetweenTwoPackagesFails() {
        var classes = new ClassFileImporter().importPackages(LAYERS + ".cyclic");
        assertThatThrownBy(() -> ArchitectureRules.noCycles(LAYERS + ".cyclic").check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void aDomainThatUsesTheApiFails() {
        var classes = new ClassFileImporter().importPackages(LAYERS + ".leaky");
        assertThatThrownBy(() -> ArchitectureRules.domainUsesNothingAbove(LAYERS + ".leaky").check(classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GoalInput");
        assertThatThrownBy(() -> ArchitectureRules.restViewsStayInApi(LAYERS + ".leaky").check(classes))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void apiOnTopOfTheDomainPasses() {
        var classes = new ClassFileImporter().importPackages(LAYERS + ".sound");
        assertThatCode(() -> {
            ArchitectureRules.domainUsesNothingAbove(LAYERS + ".sound").check(classes);
            ArchitectureRules.restViewsStayInApi(LAYERS + ".sound").check(classes);
            ArchitectureRules.noCycles(LAYERS + ".sound").check(classes);
        }).doesNotThrowAnyException();
    }

    @Test
    void aReadModelsRulesNamedForWhatTheyComputeAreHeldLikeADomain() {
        var sound = new ClassFileImporter().importPackages(LAYERS + ".readmodel");
        assertThatCode(() -> {
            ArchitectureRules.domainUsesNothingAbove(LAYERS + ".readmodel", List.of("rollup"), List.of("rebuild")).check(sound);
            ArchitectureRules.noCycles(LAYERS + ".readmodel").check(sound);
        }).doesNotThrowAnyException();

        var leaky = new ClassFileImporter().importPackages(LAYERS + ".leakyreadmodel");
        assertThatThrownBy(() -> ArchitectureRules
                .domainUsesNothingAbove(LAYERS + ".leakyreadmodel", List.of("rollup"), List.of("rebuild")).check(leaky))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Rebuild");
        assertThatCode(() -> ArchitectureRules.domainUsesNothingAbove(LAYERS + ".leakyreadmodel").check(leaky))
                .as("the rule with the usual packages does not see it").doesNotThrowAnyException();
    }
}
