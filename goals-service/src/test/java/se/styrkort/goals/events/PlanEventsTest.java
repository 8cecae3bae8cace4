package se.styrkort.goals.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import se.styrkort.platform.events.OutboxEvent;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.TestKafka;
import se.styrkort.testsupport.Tokens;

/** The outbox and its relay against the real broker. */
@QuarkusTest
class PlanEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String createPlan(String name) {
        return given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"fromYear\":2023,\"toYear\":2023}")
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    static void renamePlan(String id, long version, String name) {
        given().header("Authorization", Tokens.bearer("jh-planner")).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"fromYear\":2023,\"toYear\":2023}")
                .put("/api/v1/plans/" + id).then().statusCode(200);
    }

    /** Every record on the topic so far, read from the beginning until the topic is quiet. */
    static List<ConsumerRecord<String, String>> recordsFor(String key, int expected) {
        ConsumerTask<String, String> task = TestKafka.companion().consumeStrings()
                .fromTopics("styrkort.goals");
        try {
            List<ConsumerRecord<String, String>> mine = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                mine = task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
                if (mine.size() >= expected) {
                    // Wait a little longer to see that nothing more arrives.
                    sleep(1500);
                    return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
                }
                sleep(100);
            }
            return mine;
        } finally {
            task.stop();
        }
    }

    @Test
    void aWriteProducesExactlyOneCloudEvent() throws Exception {
        String id = createPlan("Delårsrapport-planen");

        List<ConsumerRecord<String, String>> records = recordsFor(id, 1);

        assertThat(records).hasSize(1);
        JsonNode data = EventContract.assertChange(records.get(0), "se.styrkort.plan.changed.v1", "goals-service",
                "region-jh", id);
        assertThat(data.get("changeType").asText()).isEqualTo("CREATED");
        assertThat(data.get("version").asLong()).isEqualTo(0);
        assertThat(data.get("state").get("id").asText()).isEqualTo(id);
        assertThat(data.get("state").get("name").asText()).isEqualTo("Delårsrapport-planen");
    }

    @Test
    void anAcknowledgedEventLeavesTheOutboxAndIsKeptAmongTheSentOnes() throws Exception {
        String id = createPlan("Planen som skickades");
        ConsumerRecord<String, String> record = recordsFor(id, 1).get(0);

        // recordsFor waits 1.5 s after the record arrives; the relay moves the row once it is acknowledged.
        List<Object[]> sent = List.of();
        for (int i = 0; i < 50 && sent.isEmpty(); i++) {
            sent = outboxRows("select cast(id as text), payload, sent_at from outbox_sent where aggregate_id = ?1", id);
            if (sent.isEmpty()) {
                sleep(100);
            }
        }
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)[0]).isEqualTo(header(record.headers(), "ce_id"));
        assertThat(sent.get(0)[1]).isEqualTo(record.value());
        assertThat(sent.get(0)[2]).isNotNull();
        assertThat(outboxRows("select position from outbox_event where aggregate_id = ?1", id)).isEmpty();
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesInOrderAfterwards() throws Exception {
        String id = createPlan("Outage plan");
        assertThat(recordsFor(id, 1)).hasSize(1);

        TestKafka.stopBroker();
        try {
            for (int v = 1; v <= 5; v++) {
                renamePlan(id, v - 1, "Outage plan rev " + v);
            }
            // The relay has handed them to the producer by now, but none is acknowledged.
            sleep(3000);
            assertThat(unsentEvents()).isEqualTo(5);
            assertThat(pendingGauge()).as("the sweep's gauge").isEqualTo(5);
        } finally {
            TestKafka.startBroker();
        }

        List<ConsumerRecord<String, String>> records = recordsFor(id, 6);
        List<Long> versions = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            versions.add(JSON.readTree(r.value()).get("version").asLong());
        }
        assertThat(versions).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(unsentEvents()).isZero();
        for (int i = 0; i < 30 && pendingGauge() != 0; i++) {
            sleep(100);
        }
        assertThat(pendingGauge()).as("the sweep's gauge").isZero();
        JsonNode last = JSON.readTree(records.get(records.size() - 1).value());
        assertThat(last.get("state").get("name").asText()).isEqualTo("Outage plan rev 5");
        assertThat(last.get("state").get("version").asLong()).as("the state's own version").isEqualTo(5);
    }

    private static long unsentEvents() {
        return TenantContext.call(TenantContext.NONE,
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()));
    }

    private static long pendingGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("styrkort_outbox_pending"))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> outboxRows(String sql, String aggregateId) {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> (List<Object[]>) OutboxEvent.getEntityManager().createNativeQuery(sql)
                        .setParameter(1, aggregateId).getResultList().stream()
                        .map(row -> row instanceof Object[] columns ? columns : new Object[] { row }).toList()));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
