package se.styrkort.platform.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrkort.testsupport.StyrkortTestResources;

/** Real PostgreSQL, Kafka and OIDC for the platform's own tests, as for every service's. */
@QuarkusTestResource(value = StyrkortTestResources.class, initArgs = @ResourceArg(name = "service", value = "platform"))
public class PlatformTestInfrastructure {
}
