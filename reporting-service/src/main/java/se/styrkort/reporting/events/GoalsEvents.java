package se.styrkort.reporting.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Feeds the read model from {@code styrkort.goals}: the types {@code EventType} keeps of {@code Topic.GOALS}. */
@ApplicationScoped
public class GoalsEvents {

    @Inject
    ReadModelFeed feed;

    @Incoming("goals")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        return feed.acceptAll(batch);
    }
}
