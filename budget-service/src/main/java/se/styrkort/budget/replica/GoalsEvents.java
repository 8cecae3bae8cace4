package se.styrkort.budget.replica;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.styrkort.platform.events.EventBatches;

/**
 * Keeps the org unit replica from {@code styrkort.goals}, a polled batch at a time. A record that
 * cannot be read or applied is nacked alone; the connector moves it to {@code styrkort.goals.dlq}
 * and goes on.
 */
@ApplicationScoped
public class GoalsEvents {

    static final String CONSUMER = "budget";

    @Inject
    EventBatches batches;

    @Inject
    ObjectMapper mapper;

    @Inject
    OrgUnitReplica orgUnits;

    @Incoming("goals")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        return batches.apply(CONSUMER, batch, mapper,
                EventBatches.Handler.each(type -> type.equals("org-unit"), orgUnits::apply));
    }
}
