package se.styrkort.budget.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.styrkort.budget.BudgetApi.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;

/** The org unit replica from styrkort.goals: idempotent, walled per region, poison to the dead-letter topic. */
@QuarkusTest
class GoalsEventsTest {

    private static final String TOPIC = "styrkort.goals";

    /** On partition 0, so that a later event proves the earlier ones consumed. */
    static ProducerRecord<String, String> orgUnit(String tenant, String id, long version, String name, boolean retired) {
        ProducerRecord<String, String> r = TestEvents.event(TOPIC, "org-unit", tenant, id, version,
                version == 0 ? "CREATED" : "UPDATED", "{\"id\":\"" + id + "\",\"name\":\"" + name
                        + "\",\"kind\":\"DIVISION\",\"parentId\":null,\"code\":null,\"retired\":" + retired + "}");
        return new ProducerRecord<>(r.topic(), 0, r.key(), r.value(), r.headers());
    }

    @SafeVarargs
    static void publish(ProducerRecord<String, String>... records) {
        TestKafka.companion().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    static void awaitUnit(String user, String id, long version, String name) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(user, "/api/v1/org-units/" + id).then()
                .statusCode(200).body("eventVersion", equalTo((int) version)).body("name", equalTo(name)));
    }

    @Test
    void theNewestVersionWinsWhateverTheOrder() {
        String id = UUID.randomUUID().toString();
        publish(orgUnit("region-jh", id, 0, "Division Medicin", false));
        awaitUnit("jh-viewer", id, 0, "Division Medicin");

        String marker = UUID.randomUUID().toString();
        publish(orgUnit("region-jh", id, 0, "Redelivered", false), orgUnit("region-jh", id, 2, "Division Kirurgi", true),
                orgUnit("region-jh", id, 1, "Late", false), orgUnit("region-jh", marker, 0, "Marker", false));
        awaitUnit("jh-viewer", marker, 0, "Marker");

        get("jh-viewer", "/api/v1/org-units/" + id).then().statusCode(200).body("eventVersion", equalTo(2))
                .body("name", equalTo("Division Kirurgi")).body("retired", equalTo(true))
                .body("kind", equalTo("DIVISION"));
    }

    @Test
    void anotherRegionsUnitIsUnknownHere() {
        String nb = UUID.randomUUID().toString();
        publish(orgUnit("region-nb", nb, 0, "Norrbottens division", false));
        awaitUnit("nb-viewer", nb, 0, "Norrbottens division");

        get("jh-viewer", "/api/v1/org-units/" + nb).then().statusCode(404);
        get("jh-viewer", "/api/v1/org-units?size=1000").then().statusCode(200).body("items.id", not(hasItem(nb)));
    }

    @Test
    void aMalformedEventGoesToTheDlqAndTheNextOneIsStillApplied() {
        String bad = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        publish(TestEvents.withHeaders(TOPIC, bad, "{\"changeType\":\"CREATED\",\"version\":0,\"state\":{\"id\":\"" + bad
                + "\"}}", "se.styrkort.org-unit.changed.v1", "region-jh"),
                orgUnit("region-jh", good, 0, "After the poison", false));

        awaitUnit("jh-viewer", good, 0, "After the poison");
        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.companion()
                .consumeStrings().fromTopics(TOPIC + ".dlq").awaitRecords(1, Duration.ofSeconds(10)).getRecords()
                .stream().filter(r -> bad.equals(r.key())).findFirst().orElse(null), r -> r != null);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("lacks name");
        get("jh-viewer", "/api/v1/org-units/" + bad).then().statusCode(404);
    }
}
