package se.styrkort.platform.testapp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.styrkort.platform.events.EventBatches;
import se.styrkort.platform.events.IncomingEvent;

/**
 * The test application consumes its own topic as a service consumes another's: through
 * {@link EventBatches}. An event whose plan is named {@code poison} fails on its own and goes to
 * the dead-letter topic.
 */
@ApplicationScoped
public class TestPlanFeed {

    public static final String CONSUMER = "platform-test";
    private static final List<IncomingEvent> APPLIED = new CopyOnWriteArrayList<>();
    private static volatile long lastBatchNanos = System.nanoTime();

    @Inject
    EventBatches batches;

    @Inject
    ObjectMapper mapper;

    @Incoming("plans")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        lastBatchNanos = System.nanoTime();
        return batches.apply(CONSUMER, batch, mapper, EventBatches.Handler.each(type -> type.equals("plan"), event -> {
            if ("poison".equals(event.state().path("name").asText())) {
                throw new IllegalArgumentException("A plan named poison");
            }
            APPLIED.add(event);
        }));
    }

    /** Whether the consumer has applied a version of the plan. */
    public static boolean applied(String id) {
        return APPLIED.stream().anyMatch(e -> e.aggregateId().equals(id));
    }

    /** Waits until no batch has arrived for the given time, so that the next record starts a batch of its own. */
    public static void awaitQuiet(Duration quiet) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() - lastBatchNanos < quiet.toNanos() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
