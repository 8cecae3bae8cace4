package se.styrkort.outcomes.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.styrkort.outcomes.domain.Affected;
import se.styrkort.outcomes.domain.StatusRecomputation;
import se.styrkort.outcomes.replica.GoalsReplica;
import se.styrkort.platform.events.EventBatches;
import se.styrkort.platform.events.IncomingEvent;

/**
 * Feeds the replica of the plan structure from {@code styrkort.goals}, and recomputes the statuses
 * a change makes stale (a target, a tolerance, a follow-up frequency, an activity) in the same
 * transaction, a polled batch at a time (the statuses once for the batch). A record that cannot be
 * read or applied is nacked alone; the connector moves it to {@code styrkort.goals.dlq} and goes on.
 * Types this service does not keep are skipped.
 */
@ApplicationScoped
public class GoalsEvents {

    static final String CONSUMER = "outcomes";

    @Inject
    EventBatches batches;

    @Inject
    ObjectMapper mapper;

    @Inject
    GoalsReplica replica;

    @Inject
    StatusRecomputation statuses;

    @Incoming("goals")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        return batches.apply(CONSUMER, batch, mapper, new EventBatches.Handler<Affected>() {

            @Override
            public boolean keeps(String aggregateType) {
                return GoalsReplica.TYPES.contains(aggregateType);
            }

            @Override
            public Affected begin() {
                return Affected.none();
            }

            @Override
            public void apply(Affected affected, IncomingEvent event) {
                Affected more = replica.apply(event);
                affected.indicators().addAll(more.indicators());
                affected.goals().addAll(more.goals());
            }

            @Override
            public void end(Affected affected) {
                statuses.structureChanged(affected);
            }
        });
    }
}
