package se.styrkort.reporting.freshness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.microprofile.health.HealthCheckResponse.Status.DOWN;
import static org.eclipse.microprofile.health.HealthCheckResponse.Status.UP;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.styrkort.reporting.Api.eventually;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Consumer lag per topic in the metrics and in readiness, which says degraded but stays UP when behind;
 * a consumer that stops committing with records to go is stalled, and after a while not live.
 */
@QuarkusTest
class ReadModelFreshnessTest {

    @Inject
    ConsumerLag lag;

    @Test
    void theLagOfEveryTopicIsInTheMetricsAndInReadiness() {
        eventually(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")).body("checks.name", hasItem(ReadModelFreshness.NAME))
                .body("checks.find { it.name == '" + ReadModelFreshness.NAME + "' }.data.state", equalTo("current"))
                .body("checks.find { it.name == '" + ReadModelFreshness.NAME + "' }.data.'styrkort.outcomes'", equalTo(0)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("styrkort_consumer_lag{topic=\"styrkort.goals\"}"))
                .body(containsString("styrkort_consumer_lag{topic=\"styrkort.outcomes\"}"))
                .body(containsString("styrkort_consumer_lag{topic=\"styrkort.budget\"}"));
    }

    @Test
    void behindIsDegradedAndUnmeasuredIsUnknown() {
        Map<String, Long> lags = new LinkedHashMap<>();
        lags.put("styrkort.goals", 0L);
        lags.put("styrkort.outcomes", 5000L);
        lags.put("styrkort.budget", 12L);
        assertThat(ReadModelFreshness.state(lags, Set.of(), 1000)).isEqualTo("degraded: behind on styrkort.outcomes");
        assertThat(ReadModelFreshness.state(lags, Set.of("styrkort.outcomes"), 1000)).isEqualTo("stalled: styrkort.outcomes");
        lags.put("styrkort.outcomes", 1000L);
        assertThat(ReadModelFreshness.state(lags, Set.of(), 1000)).isEqualTo("current");
        lags.put("styrkort.budget", -1L);
        assertThat(ReadModelFreshness.state(lags, Set.of(), 1000)).isEqualTo("unknown");
    }

    @Test
    void aStallWarningSaysWhatTheConsumerOfTheChannelHolds() {
        eventually(() -> assertThat(lag.consumerState("outcomes"))
                .contains("assigned [styrkort.outcomes-").contains("paused").contains("positions {styrkort.outcomes-"));
        assertThat(lag.consumerState("no-such-channel")).isEqualTo("none on this instance");
    }

    @Test
    void theRunningConsumersAreLive() {
        eventually(() -> given().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP")).body("checks.name", hasItem(ReadModelConsumers.NAME)));
    }

    @Test
    void aConsumerThatCommitsNothingWithRecordsToGoIsStalledAndThenNotLive() {
        ConsumerLag watch = new ConsumerLag();
        watch.stalledAfter = Duration.ofMinutes(2);
        long t = 1_000_000;
        watch.watch("styrkort.outcomes", "g", new ConsumerLag.Reading(500, 10_000), t);
        watch.watch("styrkort.goals", "g", new ConsumerLag.Reading(40, 7_000), t);
        // goals moves on, outcomes does not; a slow consumer that commits now and then is never stalled.
        watch.watch("styrkort.outcomes", "g", new ConsumerLag.Reading(800, 10_000), t + 60_000);
        watch.watch("styrkort.goals", "g", new ConsumerLag.Reading(900, 7_001), t + 60_000);
        assertThat(watch.stalled(t + 119_000)).isEmpty();
        assertThat(watch.stalled(t + 120_000)).containsOnlyKeys("styrkort.outcomes");
        watch.watch("styrkort.outcomes", "g", new ConsumerLag.Reading(800, 10_000), t + 180_000);
        watch.watch("styrkort.goals", "g", new ConsumerLag.Reading(100, 7_900), t + 180_000);
        assertThat(watch.stalled(t + 180_000)).containsOnlyKeys("styrkort.outcomes")
                .containsEntry("styrkort.outcomes", Duration.ofMinutes(3));

        Duration restartAfter = Duration.ofMinutes(10);
        assertThat(ReadModelConsumers.answer(watch.stalled(t + 180_000), restartAfter).getStatus()).isEqualTo(UP);
        assertThat(ReadModelConsumers.answer(watch.stalled(t + 600_000), restartAfter).getStatus()).isEqualTo(DOWN);

        // Nothing to go is not stalled, however long the offsets stay; nor is one that moves again.
        watch.watch("styrkort.outcomes", "g", new ConsumerLag.Reading(0, 10_000), t + 700_000);
        assertThat(watch.stalled(t + 900_000)).doesNotContainKey("styrkort.outcomes");
        watch.watch("styrkort.goals", "g", new ConsumerLag.Reading(100, 8_000), t + 900_000);
        assertThat(watch.stalled(t + 900_000)).isEmpty();
        assertThat(ReadModelConsumers.answer(watch.stalled(t + 900_000), restartAfter).getStatus()).isEqualTo(UP);
    }
}
