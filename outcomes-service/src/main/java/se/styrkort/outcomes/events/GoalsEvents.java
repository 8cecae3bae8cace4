package se.styrkort.outcomes.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import se.styrkort.outcomes.replica.GoalsReplica;
import se.styrkort.outcomes.status.Statuses;
import se.styrkort.platform.events.IdempotentConsumer;
import se.styrkort.platform.events.IncomingEvent;

/**
 * Feeds the replica of the plan structure from {@code styrkort.goals}, and recomputes the statuses
 * a change makes stale (a target, a tolerance, a follow-up frequency, an activity) in the same
 * transaction. A record that cannot be read or applied makes this method throw; the connector then
 * moves it to {@code styrkort.goals.dlq} and goes on. Types this service does not keep are skipped.
 */
@ApplicationScoped
public class GoalsEvents {

    static final String CONSUMER = "outcomes";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ObjectMapper mapper;

    @Inject
    GoalsReplica replica;

    @Inject
    Statuses statuses;

    @Incoming("goals")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (GoalsReplica.TYPES.contains(event.aggregateType())) {
            consumer.apply(CONSUMER, event, e -> statuses.structureChanged(replica.apply(e)));
        }
    }
}
