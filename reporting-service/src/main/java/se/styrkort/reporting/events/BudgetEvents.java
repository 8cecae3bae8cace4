package se.styrkort.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds the read model from {@code styrkort.budget}: frames, adjustments, actuals, forecasts, investments. */
@ApplicationScoped
public class BudgetEvents {

    @Inject
    ReadModelFeed feed;

    @Incoming("budget")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        feed.accept(record);
    }
}
