package se.styrkort.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.testapp.TestPlans;
import se.styrkort.testsupport.Tokens;

/** Every log line of a request names its tenant, its user and its trace, as the JSON logs show them. */
@QuarkusTest
class LogContextTest {

    @Test
    void aRequestsLogLinesCarryTheTenantTheUserAndTheTrace() {
        List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
        ExtHandler capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                record.copyMdc();
                lines.add(record);
            }
        };
        Logger logger = Logger.getLogger(TestPlans.class.getName());
        logger.addHandler(capture);
        try {
            String id = "logged-" + UUID.randomUUID();
            given().header("Authorization", Tokens.bearer("nb-planner")).post("/test/plans/" + id + "?version=0")
                    .then().statusCode(202);

            ExtLogRecord line = lines.stream().filter(r -> r.getFormattedMessage().contains(id)).findFirst().orElseThrow();
            assertThat(line.getMdc("tenant")).isEqualTo("region-nb");
            assertThat(line.getMdc("user")).isEqualTo("nb-planner");
            assertThat(line.getMdc("traceId")).hasSize(32);
        } finally {
            logger.removeHandler(capture);
        }
    }
}
