package se.styrkort.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds the read model from {@code styrkort.goals}: plans, org units, strategies, overall goals, goals, indicators, activities. */
@ApplicationScoped
public class GoalsEvents {

    @Inject
    ReadModelFeed feed;

    @Incoming("goals")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        feed.accept(record);
    }
}
