package se.styrkort.reporting.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;
import se.styrkort.testsupport.Tokens;

/** The outcomes and budget consumers: unknown types are skipped, states lacking what the read model needs go to the .dlq. */
@QuarkusTest
class ReadModelFeedTest {

    /** On partition 0, so that a later event there proves the earlier ones consumed. */
    static ProducerRecord<String, String> onPartition0(ProducerRecord<String, String> r) {
        return new ProducerRecord<>(r.topic(), 0, r.key(), r.value(), r.headers());
    }

    @Test
    void anUnknownTypeIsSkippedAndAStateLackingWhatIsNeededIsDeadLettered() {
        String unit = Feed.id();
        String unknown = Feed.id();
        String broken = Feed.id();
        String actual = Feed.id();
        TestKafka.companion().produceStrings().fromRecords(
                onPartition0(TestEvents.event("styrkort.budget", "financial-indicator", "region-jh", unknown, 0, "CREATED",
                        "{\"id\":\"" + unknown + "\",\"orgUnitId\":\"" + unit + "\",\"period\":\"2022-T2\","
                                + "\"code\":\"NET_COST_DEVELOPMENT\",\"value\":0.6}")),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", broken, 0, "CREATED",
                        "{\"id\":\"" + broken + "\",\"orgUnitId\":\"" + unit + "\",\"year\":2022,\"month\":13,"
                                + "\"category\":\"PERSONNEL\"}")),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", actual, 0, "CREATED",
                        "{\"id\":\"" + actual + "\",\"orgUnitId\":\"" + unit + "\",\"year\":2022,\"month\":3,"
                                + "\"category\":\"PERSONNEL\",\"amount\":-1500.50,\"note\":\"unknown field\"}")))
                .awaitCompletion(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/economy?period=2022-T1&unit=" + unit).then().statusCode(200)
                .body("items[0].category", equalTo("PERSONNEL")).body("items[0].accumulatedActual", equalTo(-1500.50f)));

        List<ConsumerRecord<String, String>> dead = PublishedEvents.of("styrkort.budget.dlq", broken, 1);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("amount must not be null").contains("month must be less than or equal to 12");
        assertThat(PublishedEvents.of("styrkort.budget.dlq", unknown, 0)).isEmpty();
    }

    @Test
    void aGoalStatusWithoutItsGoalGoesToTheOutcomesDlq() {
        String id = Feed.id();
        TestKafka.companion().produceStrings().fromRecords(TestEvents.event("styrkort.outcomes", "goal-status", "region-jh",
                id, 0, "CREATED", "{\"id\":\"" + id + "\",\"period\":\"2022-T2\",\"status\":\"GREEN\"}"))
                .awaitCompletion(Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> dead = PublishedEvents.of("styrkort.outcomes.dlq", id, 1);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("goalId");
    }
}
