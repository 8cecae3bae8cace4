package se.styrkort.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps, one rule set for all four: {@code api} (resources and their
 * request and response views) uses {@code domain}; {@code domain} (entities and rules) uses nothing
 * above it; {@code events} (the records that go out on and come in from Kafka) and {@code replica}
 * (copies of another service's data) are contracts of their own; and no two packages of a service
 * depend on each other both ways. Each service's {@code ArchitectureTest} checks these against its
 * production classes.
 */
public final class ArchitectureRules {

    /** Packages a service's domain may not use: what faces the outside world. */
    private static final String[] OUTSIDE = { "jakarta.ws.rs..", "org.jboss.resteasy..", "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..", "org.apache.kafka.." };

    /** A service's packages above its domain: its ways in and out, and the copies of others' data. */
    private static final String[] ABOVE = { "api", "events", "imports", "replica", "web", "status" };

    private ArchitectureRules() {
    }

    /** The production classes of the service whose root package is {@code root}, tests left out. */
    public static JavaClasses classesOf(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** {@code domain} depends on nothing of the service above it, nor on HTTP or messaging. */
    public static ArchRule domainUsesNothingAbove(String root) {
        return domainUsesNothingAbove(root, List.of("domain"), List.of());
    }

    /**
     * The same rule for a service whose domain is not one package named {@code domain}: a read
     * model's rules are named for what they compute (reporting-service: {@code rollup} and
     * {@code report}), and it has ways in and out beyond the usual ones (a rebuild from the topics,
     * the consumers' health), which {@code alsoAbove} adds to those the domain may not use.
     */
    public static ArchRule domainUsesNothingAbove(String root, List<String> domain, List<String> alsoAbove) {
        List<String> above = new ArrayList<>();
        for (String p : ABOVE) {
            above.add(root + "." + p + "..");
        }
        alsoAbove.forEach(p -> above.add(root + "." + p + ".."));
        above.addAll(List.of(OUTSIDE));
        return noClasses().that().resideInAnyPackage(domain.stream().map(p -> root + "." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new)).allowEmptyShould(true)
                .because("the domain holds the rules; the ways in and out are built on it, not the other way");
    }

    /** Only {@code api} knows the REST views: events and imports map from the domain, never from the wire model of HTTP. */
    public static ArchRule restViewsStayInApi(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".api..").should().dependOnClassesThat()
                .resideInAPackage(root + ".api..").allowEmptyShould(true)
                .because("a REST view and an event are separate contracts, so one can change without the other");
    }

    /** No two packages of a service depend on each other, directly or around a circle. */
    public static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Every rule above, in the order a reader meets them. */
    public static void check(String root) {
        JavaClasses classes = classesOf(root);
        domainUsesNothingAbove(root).check(classes);
        restViewsStayInApi(root).check(classes);
        noCycles(root).check(classes);
    }
}
