package se.styrkort.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrkort.testsupport.StyrkortTestResources;

/** Real PostgreSQL, Kafka and OIDC for every test of this service. */
@QuarkusTestResource(value = StyrkortTestResources.class, initArgs = @ResourceArg(name = "service", value = "budget"))
public class BudgetTestInfrastructure {
}
