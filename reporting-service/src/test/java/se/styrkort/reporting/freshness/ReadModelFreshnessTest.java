package se.styrkort.reporting.freshness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Consumer lag per topic in the metrics and in readiness, which says degraded but stays UP when behind. */
@QuarkusTest
class ReadModelFreshnessTest {

    @Test
    void theLagOfEveryTopicIsInTheMetricsAndInReadiness() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
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
        assertThat(ReadModelFreshness.state(lags, 1000)).isEqualTo("degraded: behind on styrkort.outcomes");
        lags.put("styrkort.outcomes", 1000L);
        assertThat(ReadModelFreshness.state(lags, 1000)).isEqualTo("current");
        lags.put("styrkort.budget", -1L);
        assertThat(ReadModelFreshness.state(lags, 1000)).isEqualTo("unknown");
    }
}
