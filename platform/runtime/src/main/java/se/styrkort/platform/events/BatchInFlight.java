package se.styrkort.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;

/**
 * A batch of unsent events handed to the producer in position order, with one acknowledgement per
 * row. The producer is idempotent and never gives up on a record while the broker is away, so it
 * delivers them in that order once the broker is back; until the batch has {@linkplain #settled
 * settled} nothing new is sent.
 */
final class BatchInFlight {

    private static final Logger LOG = Logger.getLogger(BatchInFlight.class);

    private final List<UnsentEvent> events;
    private final List<Long> positions;
    private final List<CompletableFuture<Void>> acks;

    private BatchInFlight(List<UnsentEvent> events, List<CompletableFuture<Void>> acks) {
        this.events = events;
        this.positions = events.stream().map(UnsentEvent::position).toList();
        this.acks = acks;
    }

    /** Hands the events to the producer, in order, each with a callback that settles its acknowledgement. */
    static BatchInFlight send(Producer<String, String> producer, List<UnsentEvent> batch,
            Function<UnsentEvent, ProducerRecord<String, String>> toRecord) {
        return send(producer, batch, toRecord, PublishSpans.NONE);
    }

    /** {@link #send(Producer, List, Function)}, with a producer span for each event written within a trace. */
    static BatchInFlight send(Producer<String, String> producer, List<UnsentEvent> batch,
            Function<UnsentEvent, ProducerRecord<String, String>> toRecord, PublishSpans spans) {
        List<UnsentEvent> events = new ArrayList<>(batch.size());
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (UnsentEvent event : batch) {
            events.add(event);
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            Span span = spans.start(event);
            try {
                ProducerRecord<String, String> record = toRecord.apply(event);
                PublishSpans.inject(span, record.headers());
                producer.send(record, (metadata, failure) -> {
                    PublishSpans.end(span, failure);
                    if (failure == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException refused) {
                PublishSpans.end(span, refused);
                ack.completeExceptionally(refused);
            }
            if (ack.isCompletedExceptionally()) {
                // Refused before it was queued (a closed producer throws; no metadata for the topic within
                // max.block.ms fails the callback within send): this row and those after it are sent
                // again, so the rest are not handed over now, where each could wait max.block.ms in
                // turn and arrive ahead of this one.
                break;
            }
        }
        return new BatchInFlight(events, acks);
    }

    /** How many of the batch's events were handed to the producer, the refused one included. */
    int size() {
        return positions.size();
    }

    /**
     * Whether every record of the batch is acknowledged or refused, waiting up to {@code wait} for
     * each; false while the producer still holds some (the broker is away).
     */
    boolean settled(Duration wait) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception failed) {
            // At least one failed; wait for the others so that none is still under way.
            return acks.stream().allMatch(CompletableFuture::isDone) || settledAfterFailure(wait);
        }
    }

    private boolean settledAfterFailure(Duration wait) {
        for (CompletableFuture<Void> ack : acks) {
            try {
                ack.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception ignored) {
                // Failed: counted in acknowledged().
            }
        }
        return true;
    }

    /**
     * The positions acknowledged before the first refused one, of a settled batch. A row is sent
     * only when it and every row before it are acknowledged: the refused row and all after it are
     * sent again, so the last record of every key on the (compacted) topic is the newest version.
     */
    List<Long> acknowledged() {
        return positions.subList(0, acknowledgedCount());
    }

    /** The events of {@link #acknowledged()}. */
    List<UnsentEvent> acknowledgedEvents() {
        return events.subList(0, acknowledgedCount());
    }

    private int acknowledgedCount() {
        int n = 0;
        for (CompletableFuture<Void> ack : acks) {
            if (ack.isCompletedExceptionally()) {
                LOG.warnf("Kafka refused outbox event %d (%s); it and the rest of its batch are sent again",
                        positions.get(n), ack.handle((ok, failure) -> String.valueOf(failure)).join());
                break;
            }
            n++;
        }
        return n;
    }
}
