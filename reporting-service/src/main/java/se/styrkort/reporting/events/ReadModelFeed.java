package se.styrkort.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import se.styrkort.platform.events.IdempotentConsumer;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.rollup.RollupPublisher;

/**
 * What every topic's consumer does with a record: read it, skip aggregate types the read model
 * does not keep, and apply the rest once per version through the platform's idempotent consumer,
 * refreshing the roll-ups the change touches in the same transaction. A record that cannot be read
 * or applied throws, and the connector moves it to the topic's .dlq.
 */
@ApplicationScoped
public class ReadModelFeed {

    /** The name under which applied versions are kept, for every topic. */
    public static final String CONSUMER = "reporting";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ReadModel readModel;

    @Inject
    RollupPublisher rollups;

    public void accept(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, readModel.mapper());
        if (!readModel.keeps(event.aggregateType())) {
            return;
        }
        consumer.apply(CONSUMER, event, e -> {
            RollupPublisher.Affected before = rollups.affected(e);
            readModel.apply(e);
            rollups.refresh(before.and(rollups.affected(e)));
        });
    }
}
