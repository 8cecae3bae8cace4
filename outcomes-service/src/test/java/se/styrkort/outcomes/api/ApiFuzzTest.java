package se.styrkort.outcomes.api;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.ServiceApiFuzzTest;

@QuarkusTest
class ApiFuzzTest extends ServiceApiFuzzTest {

    ApiFuzzTest() {
        super("jh-admin", "jh-reporter", "jh-feed", "jh-viewer", "nb-admin");
    }

    @Override
    protected List<String> knownIds() {
        return List.of(GoalsFixture.indicator().toString(), GoalsFixture.unit().toString());
    }
}
