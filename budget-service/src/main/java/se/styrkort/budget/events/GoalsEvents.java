package se.styrkort.budget.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import se.styrkort.budget.domain.OrgUnits;
import se.styrkort.platform.events.IdempotentConsumer;
import se.styrkort.platform.events.IncomingEvent;

/**
 * Keeps the org unit replica from {@code styrkort.goals}. A record that cannot be read or applied
 * makes this method throw; the connector then moves it to {@code styrkort.goals.dlq} and goes on.
 */
@ApplicationScoped
public class GoalsEvents {

    static final String CONSUMER = "budget";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ObjectMapper mapper;

    @Inject
    OrgUnits orgUnits;

    @Incoming("goals")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if ("org-unit".equals(event.aggregateType())) {
            consumer.apply(CONSUMER, event, orgUnits::apply);
        }
    }
}
