package se.styrkort.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.slf4j.MDC;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies a polled batch of records (a channel with {@code batch=true}) with one transaction per
 * tenant instead of one per record, for a consumer that takes many events: the version checks, the
 * changes and whatever the handler does once for the batch ({@link Handler#end}) commit together.
 *
 * <p>
 * The batch keeps the per-record guarantees of {@link IdempotentConsumer#apply}: when a batch's
 * transaction fails, its records are applied one by one (each with the transient-failure retries),
 * and only a record that cannot be read, or fails on its own, is nacked, so that the connector's
 * dead-letter queue takes that record and no other (counted in {@code styrkort_consumer_dead_letters_total}).
 * The batch is acknowledged after that.
 *
 * <p>
 * Each transaction runs in a span that continues the trace of its records ({@link ConsumeSpans}),
 * with the tenant in the logging context.
 */
@ApplicationScoped
public class EventBatches {

    private static final Logger LOG = Logger.getLogger(EventBatches.class);

    /** What a consumer does with the events of a batch; {@code S} is what it gathers while applying them. */
    public interface Handler<S> {

        /** Whether this consumer keeps the aggregate type; others are skipped (and acknowledged). */
        boolean keeps(String aggregateType);

        /** A new gathering for one transaction. */
        S begin();

        /**
         * Runs once in the transaction, after the version checks and before {@link #apply}, with the
         * events about to be applied: a handler may load what they will need in a few queries rather
         * than one per event. {@code firstOfAggregate} tells the events whose aggregate this consumer
         * has applied no version of before, so that nothing of it can be stored yet. Not called when
         * the events are applied one by one.
         */
        default void prepare(S gathered, List<IncomingEvent> events, Predicate<IncomingEvent> firstOfAggregate) {
        }

        /**
         * Whether the handler keeps each aggregate's version on the row it writes and checks it there
         * ({@link #newer}), instead of the consumer's high-water marks in {@code applied_event}: a mark
         * is a row written per event, which costs a bulk of new aggregates as much as their rows do.
         */
        default boolean checksVersions() {
            return false;
        }

        /**
         * For a handler that {@link #checksVersions}: the events whose version is newer than the one its
         * rows hold, in the transaction, which it may lock against a concurrent writer of the same
         * aggregate. {@link #prepare} follows with those events (none of them then counted as the first
         * of its aggregate: the handler knows already which rows exist). Called for a single event too,
         * when a batch's events are applied one by one.
         */
        default List<IncomingEvent> newer(S gathered, List<IncomingEvent> events) {
            throw new UnsupportedOperationException("checks no versions");
        }

        /** Applies one event whose version is new, in the transaction. */
        void apply(S gathered, IncomingEvent event);

        /** Runs once in the transaction after its events were applied. */
        void end(S gathered);

        /** A handler that applies each event on its own and has nothing to do at the end. */
        static Handler<Void> each(Predicate<String> keeps, Consumer<IncomingEvent> change) {
            return new Handler<>() {

                @Override
                public boolean keeps(String aggregateType) {
                    return keeps.test(aggregateType);
                }

                @Override
                public Void begin() {
                    return null;
                }

                @Override
                public void apply(Void gathered, IncomingEvent event) {
                    change.accept(event);
                }

                @Override
                public void end(Void gathered) {
                }
            };
        }
    }

    private record Item(KafkaRecord<String, String> record, IncomingEvent event) {
    }

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ConsumeSpans spans;

    @Inject
    MeterRegistry registry;

    private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();

    public <S> CompletionStage<Void> apply(String consumerName, KafkaRecordBatch<String, String> batch,
            ObjectMapper mapper, Handler<S> handler) {
        List<CompletionStage<Void>> nacks = new ArrayList<>();
        Map<String, List<Item>> byTenant = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                IncomingEvent event = IncomingEvent.from(consumerRecord(record), mapper);
                if (handler.keeps(event.aggregateType())) {
                    byTenant.computeIfAbsent(event.tenant(), t -> new ArrayList<>()).add(new Item(record, event));
                }
            } catch (RuntimeException unreadable) {
                nacks.add(deadLetter(consumerName, record, unreadable));
            }
        }
        byTenant.forEach((tenant, items) -> {
            Span span = spans.process(consumerName, items.stream().map(item -> consumerRecord(item.record())).toList());
            try (Scope scope = span.makeCurrent(); MDC.MDCCloseable mdc = MDC.putCloseable("tenant", tenant)) {
                consumer.applyAll(consumerName, tenant, items.stream().map(Item::event).toList(), handler);
            } catch (RuntimeException e) {
                span.recordException(e);
                LOG.warnf("%s applies a batch of %d events of %s one by one after: %s", consumerName, items.size(),
                        tenant, e);
                for (Item item : items) {
                    Span one = spans.process(consumerName, List.of(consumerRecord(item.record())));
                    try (Scope scope = one.makeCurrent(); MDC.MDCCloseable mdc = MDC.putCloseable("tenant", tenant)) {
                        consumer.applyOne(consumerName, item.event(), handler);
                    } catch (RuntimeException failure) {
                        one.recordException(failure);
                        one.setStatus(StatusCode.ERROR, "sent to the dead-letter topic");
                        nacks.add(deadLetter(consumerName, item.record(), failure));
                    } finally {
                        one.end();
                    }
                }
            } finally {
                span.end();
            }
        });
        // The dead-letter records are written before the batch's offsets are committed.
        nacks.forEach(n -> n.toCompletableFuture().join());
        return batch.ack();
    }

    /** Nacks the record, which the connector then writes to the channel's dead-letter topic, and counts it. */
    private CompletionStage<Void> deadLetter(String consumerName, KafkaRecord<String, String> record, Throwable reason) {
        deadLetters.computeIfAbsent(consumerName, c -> Counter.builder("styrkort.consumer.dead.letters")
                .description("Consumed events given up to the dead-letter topic: unreadable, or failing on their own")
                .tag("consumer", c).register(registry)).increment();
        return record.nack(reason);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return (ConsumerRecord<String, String>) record.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("A batch record without its Kafka metadata"))
                .getRecord();
    }
}
