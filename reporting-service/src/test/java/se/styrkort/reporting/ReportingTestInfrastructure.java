package se.styrkort.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrkort.testsupport.StyrkortTestResources;

/** Real PostgreSQL, Kafka and OIDC for every test of this service, and the dev issuer for the web app's login. */
@QuarkusTestResource(value = StyrkortTestResources.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
@QuarkusTestResource(DevIssuer.class)
public class ReportingTestInfrastructure {
}
