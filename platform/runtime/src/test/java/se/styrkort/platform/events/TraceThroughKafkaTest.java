package se.styrkort.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.testapp.TestPlanFeed;
import se.styrkort.testsupport.Tokens;

/**
 * One write is one trace: the HTTP request that writes a change, the relay's publishing of its
 * event through the real broker, and the consumer that applies it share a trace id, each span the
 * child of the one before, the context carried by the outbox row and the record's traceparent header.
 */
@QuarkusTest
class TraceThroughKafkaTest {

    private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aWriteIsOneTraceFromTheRequestThroughTheTopicToTheConsumer() {
        // The consumer's span is the child of the first record of its batch: let this one start a batch.
        TestPlanFeed.awaitQuiet(Duration.ofSeconds(2));
        String id = "traced-" + UUID.randomUUID();

        given().header("Authorization", Tokens.bearer("jh-planner")).post("/test/plans/" + id + "?version=0")
                .then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TestPlanFeed.applied(id));
        SpanData producer = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> find(s -> s.getKind() == SpanKind.PRODUCER && id.equals(s.getAttributes().get(KEY))),
                        Optional::isPresent)
                .orElseThrow();
        SpanData server = find(s -> s.getKind() == SpanKind.SERVER
                && s.getSpanContext().getTraceId().equals(producer.getTraceId())).orElseThrow(
                        () -> new AssertionError("no HTTP span in the producer's trace"));
        SpanData consumer = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> find(s -> s.getKind() == SpanKind.CONSUMER && s.getLinks().stream()
                        .anyMatch(l -> l.getSpanContext().getSpanId().equals(producer.getSpanId()))), Optional::isPresent)
                .orElseThrow();

        assertThat(server.getName()).contains("/test/plans");
        assertThat(producer.getName()).isEqualTo(RelayTopic.NAME + " publish");
        assertThat(producer.getParentSpanId()).as("the relay continues the request's trace").isEqualTo(server.getSpanId());
        assertThat(consumer.getName()).isEqualTo(RelayTopic.NAME + " process");
        assertThat(consumer.getTraceId()).as("one trace").isEqualTo(server.getTraceId());
        assertThat(consumer.getParentSpanId()).as("the consumer continues the relay's span").isEqualTo(producer.getSpanId());

        List<ConsumerRecord<String, String>> records = RelayTopic.records(Set.of(id), 1);
        assertThat(RelayTopic.header(records.get(0), "traceparent"))
                .isEqualTo("00-" + producer.getTraceId() + "-" + producer.getSpanId() + "-01");
    }

    @Test
    void anEventWrittenOutsideAnyTraceCarriesNoTraceContext() {
        String id = "untraced-" + UUID.randomUUID();
        long position = OutboxRows.insert(RelayTopic.NAME, id, 0, "{\"changeType\":\"CREATED\",\"version\":0,"
                + "\"state\":{\"id\":\"" + id + "\",\"name\":\"x\"}}", java.time.Instant.now());
        assertThat(position).isPositive();

        List<ConsumerRecord<String, String>> records = RelayTopic.records(Set.of(id), 1);

        assertThat(records).hasSize(1);
        assertThat(RelayTopic.header(records.get(0), "traceparent")).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TestPlanFeed.applied(id));
    }

    private Optional<SpanData> find(java.util.function.Predicate<SpanData> which) {
        return spans.getFinishedSpanItems().stream().filter(which).findFirst();
    }
}
