package se.styrkort.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.styrkort.reporting.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;

/** The idempotent consumer and the dead-letter topic against the real broker. */
@QuarkusTest
class GoalsEventsTest {

    private static final String TOPIC = "styrkort.goals";

    /** A plan event, always on partition 0 so that a later marker event proves the earlier ones consumed. */
    static ProducerRecord<String, String> plan(String tenant, String id, long version, String name) {
        ProducerRecord<String, String> r = TestEvents.event(TOPIC, "plan", tenant, id, version,
                version == 0 ? "CREATED" : "UPDATED",
                "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"fromYear\":2023,\"toYear\":2025,\"status\":\"DRAFT\"}");
        return new ProducerRecord<>(r.topic(), 0, r.key(), r.value(), r.headers());
    }

    @SafeVarargs
    static void publish(ProducerRecord<String, String>... records) {
        TestKafka.companion().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    static ValidatableResponse readPlan(String user, String id) {
        return as(user).get("/api/v1/plans/" + id).then();
    }

    static void awaitPlan(String id, long version, String name) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> readPlan("jh-viewer", id).statusCode(200)
                .body("eventVersion", equalTo((int) version)).body("name", equalTo(name)));
    }

    @Test
    void theSameEventTwiceOrAnOlderOneAfterANewerIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        publish(plan("region-jh", id, 0, "Regionplan"));
        awaitPlan(id, 0, "Regionplan");

        // A redelivery of version 0 (here with other content to make a second application visible),
        // then version 2, then the late version 1; and a marker event to know all were consumed.
        String marker = UUID.randomUUID().toString();
        publish(plan("region-jh", id, 0, "Redelivered"), plan("region-jh", id, 2, "Regionplan rev 2"),
                plan("region-jh", id, 1, "Regionplan rev 1"));
        publish(plan("region-jh", marker, 0, "Marker"));
        awaitPlan(marker, 0, "Marker");

        readPlan("jh-viewer", id).statusCode(200).body("eventVersion", equalTo(2)).body("name", equalTo("Regionplan rev 2"));
    }

    @Test
    void aMalformedEventGoesToTheDlqAndTheNextOneIsStillApplied() {
        String bad = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        publish(TestEvents.withHeaders(TOPIC, bad, "{not json", "se.styrkort.plan.changed.v1", "region-jh"),
                plan("region-jh", good, 0, "After the poison"));

        awaitPlan(good, 0, "After the poison");
        ConsumerRecord<String, String> dead = TestKafka.companion().consumeStrings().fromTopics(TOPIC + ".dlq")
                .awaitRecords(1, Duration.ofSeconds(30)).getRecords().stream()
                .filter(r -> bad.equals(r.key())).findFirst().orElseThrow();
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not JSON");
        readPlan("jh-viewer", bad).statusCode(404);
    }

    @Test
    void eventsOfAnotherRegionStayBehindItsWall() {
        String nb = UUID.randomUUID().toString();
        publish(plan("region-nb", nb, 0, "Norrbottens plan"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> readPlan("nb-viewer", nb).statusCode(200).body("name", equalTo("Norrbottens plan")));

        readPlan("jh-viewer", nb).statusCode(404);
        as("jh-admin").get("/api/v1/plans").then().statusCode(200)
                .body("items.id", not(hasItem(nb)));
        as("nb-viewer").get("/api/v1/plans").then().statusCode(200)
                .body("items.id", hasItem(nb));
    }
}
