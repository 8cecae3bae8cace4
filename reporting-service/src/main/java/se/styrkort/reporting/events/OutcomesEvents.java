package se.styrkort.reporting.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Feeds the read model from {@code styrkort.outcomes}: the types {@code EventType} keeps of {@code Topic.OUTCOMES}. */
@ApplicationScoped
public class OutcomesEvents {

    @Inject
    ReadModelFeed feed;

    @Incoming("outcomes")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        return feed.acceptAll(batch);
    }
}
