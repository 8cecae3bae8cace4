package se.styrkort.goals.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import se.styrkort.platform.health.BrokerReadiness;
import se.styrkort.testsupport.TestKafka;

/**
 * Readiness and liveness answer within a second whatever the broker does; while it is away the
 * service stays ready (writes go to the outbox) and says it is degraded, in the check and in the metrics.
 */
@QuarkusTest
class BrokerOutageHealthTest {

    private static final String CHECK = "checks.find { it.name == '" + BrokerReadiness.NAME + "' }.data";

    @Test
    void aBrokerOutageIsDegradedNotUnready() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(ready().getString(CHECK + ".kafka")).isEqualTo("reachable"));
        assertThat(ready().getString(CHECK + ".state")).isEqualTo("current");
        assertThat(metric("styrkort_kafka_reachable")).isEqualTo(1.0);
        assertThat(metric("styrkort_kafka_unreachable_seconds")).isZero();

        TestKafka.stopBroker();
        try {
            String id = PlanEventsTest.createPlan("Written while the broker is away");
            assertThat(id).isNotBlank();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                JsonPath health = ready();
                live();
                assertThat(health.getString(CHECK + ".kafka")).startsWith("unreachable since ");
            });
            JsonPath health = ready();
            assertThat(health.getString(CHECK + ".state")).startsWith("degraded");
            assertThat(health.getString(CHECK + ".error")).isNotBlank();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(ready().getLong(CHECK + ".outboxPending")).isPositive());
            assertThat(metric("styrkort_kafka_reachable")).isZero();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(metric("styrkort_kafka_unreachable_seconds")).isPositive());
            // Every probe of the outage answered at once; a few more, for good measure.
            for (int i = 0; i < 5; i++) {
                ready();
                live();
            }
        } finally {
            TestKafka.startBroker();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(ready().getString(CHECK + ".kafka")).isEqualTo("reachable"));
        assertThat(metric("styrkort_kafka_reachable")).isEqualTo(1.0);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ready().getLong(CHECK + ".outboxPending")).isZero());
    }

    /** /q/health/ready, which must answer 200 UP within a second. */
    private static JsonPath ready() {
        return within1s("/q/health/ready");
    }

    private static JsonPath live() {
        return within1s("/q/health/live");
    }

    private static JsonPath within1s(String path) {
        long start = System.nanoTime();
        Response answer = given().get(path);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(millis).as(path + " answered in %d ms", millis).isLessThan(1000);
        assertThat(answer.statusCode()).as(path + ": " + answer.asString()).isEqualTo(200);
        JsonPath body = answer.jsonPath();
        assertThat(body.getString("status")).isEqualTo("UP");
        return body;
    }

    private static double metric(String name) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name));
    }
}
