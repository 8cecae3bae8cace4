package se.styrkort.goals.api;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.ServiceApiFuzzTest;

@QuarkusTest
class ApiFuzzTest extends ServiceApiFuzzTest {

    ApiFuzzTest() {
        super("jh-admin", "jh-planner", "jh-viewer", "nb-admin");
    }

    /** A unit and a plan of it. */
    @Override
    protected List<String> knownIds() {
        String unit = Api.unit("jh-admin", "Fuzzenheten", "UNIT", null, null);
        return List.of(unit, Api.plan("jh-admin", "Fuzzplan", 2024, 2025, unit));
    }
}
