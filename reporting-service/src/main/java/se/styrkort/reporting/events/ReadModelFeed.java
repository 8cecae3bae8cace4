package se.styrkort.reporting.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.EventBatches;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.readmodel.Rows;

/**
 * The consumers of {@code styrkort.goals}, {@code styrkort.outcomes} and {@code styrkort.budget}
 * (one channel and consumer group each), and what each does with a polled batch: read each record,
 * skip aggregate types the read model does not keep (see EventType), and apply the rest once per
 * version (checked on the row each writes) through the platform's EventBatches, publishing the roll-ups the changes affect in
 * the
 * same transaction. A record that cannot be read or applied is nacked alone, and the connector
 * moves it to the topic's .dlq.
 */
@ApplicationScoped
public class ReadModelFeed {

    /** The name under which applied versions are kept, for every topic. */
    public static final String CONSUMER = "reporting";

    @Inject
    EventBatches batches;

    @Inject
    ReadModel readModel;

    @Inject
    EventScope scope;

    @Inject
    RollupPublisher rollups;

    /** What one transaction gathers: its rows, loaded up front, and the roll-ups its changes affected. */
    private record Gathered(Rows rows, List<AffectedRollups> affected) {
    }

    @Incoming("goals")
    @Blocking
    public CompletionStage<Void> fromGoals(KafkaRecordBatch<String, String> batch) {
        return acceptAll(batch);
    }

    @Incoming("outcomes")
    @Blocking
    public CompletionStage<Void> fromOutcomes(KafkaRecordBatch<String, String> batch) {
        return acceptAll(batch);
    }

    @Incoming("budget")
    @Blocking
    public CompletionStage<Void> fromBudget(KafkaRecordBatch<String, String> batch) {
        return acceptAll(batch);
    }

    /**
     * A polled batch: one transaction per tenant, the rows its events replace loaded (and locked) up
     * front a table at a time, and their versions checked on those rows (ReadModel#newer) rather than
     * by a mark written per event; then the rows the roll-ups look up through them, the changes, and
     * each touched plan's roll-ups refreshed once at its end.
     */
    public CompletionStage<Void> acceptAll(KafkaRecordBatch<String, String> batch) {
        return batches.apply(CONSUMER, batch, readModel.mapper(), new EventBatches.Handler<Gathered>() {

            @Override
            public boolean keeps(String aggregateType) {
                return readModel.keeps(aggregateType);
            }

            @Override
            public Gathered begin() {
                return new Gathered(readModel.rows(), new ArrayList<>());
            }

            @Override
            public boolean checksVersions() {
                return true;
            }

            @Override
            public List<IncomingEvent> newer(Gathered gathered, List<IncomingEvent> events) {
                return readModel.newer(gathered.rows(), events, CONSUMER);
            }

            @Override
            public void prepare(Gathered gathered, List<IncomingEvent> events,
                    Predicate<IncomingEvent> firstOfAggregate) {
                scope.load(gathered.rows(), events);
            }

            @Override
            public void apply(Gathered gathered, IncomingEvent e) {
                AffectedRollups before = scope.of(e, gathered.rows());
                readModel.apply(e, gathered.rows());
                if (e.changeType() == ChangeType.DELETED) {
                    readModel.deleted(e, CONSUMER);
                }
                gathered.affected().add(before.and(scope.of(e, gathered.rows())));
            }

            @Override
            public void end(Gathered gathered) {
                rollups.publish(gathered.affected());
            }
        });
    }
}
