package se.styrkort.budget.api;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.budget.BudgetApi;
import se.styrkort.testsupport.ServiceApiFuzzTest;

@QuarkusTest
class ApiFuzzTest extends ServiceApiFuzzTest {

    ApiFuzzTest() {
        super("jh-admin", "jh-economist", "jh-feed", "jh-viewer", "nb-admin");
    }

    @Override
    protected List<String> knownIds() {
        return List.of(BudgetApi.unit("jh").toString());
    }
}
