package se.styrkort.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.ApiFuzz;
import se.styrkort.testsupport.ServiceApiFuzzTest;

@QuarkusTest
class ApiFuzzTest extends ServiceApiFuzzTest {

    ApiFuzzTest() {
        super("jh-admin", "jh-viewer", "nb-viewer");
    }

    /** A rebuild reads every topic again: a run of its own, not one of thousands of requests. */
    @Override
    protected ApiFuzz narrow(ApiFuzz fuzz) {
        return fuzz.skip(operation -> operation.startsWith("POST /api/v1/admin"));
    }
}
