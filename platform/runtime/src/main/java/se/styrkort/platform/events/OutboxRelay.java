package se.styrkort.platform.events;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrkort.platform.tenant.TenantContext;

/**
 * Publishes outbox rows to Kafka in the order they were written: right after a commit, and on a
 * sweep for whatever is left (a broker outage, a restart).
 * <p>
 * Order: one batch is in flight at a time, handed to the producer in position order. The producer
 * is idempotent and never gives up on a record while the broker is away, so it delivers them in
 * that order once the broker is back; the relay meanwhile waits for that batch instead of sending
 * anything new. A row is moved to {@code outbox_sent} only when it and every row before it are
 * acknowledged, so {@code outbox_event} holds what is still to be sent and no more. If a
 * send fails outright, the rest of the batch is sent again from the database, so the last record
 * of every key on the (compacted) topic is always the newest version; consumers skip the
 * duplicates by version.
 * <p>
 * Records go to the producer of the {@code outbox} channel (its client, with the channel's
 * configuration), through that producer's own API with a callback per record: through the channel's
 * emitter each record passed a Mutiny pipeline that captured and restored every context (CDI,
 * Vert.x, the transaction), and the relay's and the producer's threads took 40 % of
 * outcomes-service's CPU during an import (BENCHMARKS.md, change 38). The CloudEvents headers are
 * the connector's binary mode's, written here.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration WAIT_FOR_ACKS = Duration.ofSeconds(5);
    private static final byte[] SPEC_VERSION = utf8("1.0");
    private static final byte[] JSON = utf8("application/json");

    /** Declares the channel, so that the connector makes its producer; the relay sends through that producer. */
    @Inject
    @Channel("outbox")
    MutinyEmitter<String> channel;

    @Inject
    KafkaClientService kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "styrkort.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "styrkort.outbox.keep-sent", defaultValue = "P7D")
    Duration keepSent;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String jdbcUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> jdbcPassword;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean running;
    private RelayLeadership leadership;
    private InFlight inFlight;
    private Counter published;
    private final AtomicLong pending = new AtomicLong();
    private Producer<String, String> producer;
    private byte[] source;

    /** A batch handed to the producer, with one acknowledgement per row. */
    private record InFlight(List<Long> positions, List<CompletableFuture<Void>> acks) {
    }

    @Inject
    void metrics(MeterRegistry registry) {
        published = Counter.builder("styrkort.outbox.published").description("Outbox events acknowledged by Kafka")
                .register(registry);
        Gauge.builder("styrkort.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka, as of the last sweep: the positions from the"
                        + " oldest unsent event to the newest, so also any position a rolled-back write took in between")
                .register(registry);
    }

    /** The events not yet acknowledged by Kafka, as of the last sweep (the gauge's value). */
    public long pending() {
        return pending.get();
    }

    void onStart(@Observes StartupEvent event) {
        leadership = new RelayLeadership(jdbcUrl, jdbcUser, jdbcPassword.orElse(""));
        source = utf8("/styrkort/" + applicationName);
        running = true;
        request();
    }

    /**
     * Shutdown closes the database before it destroys this bean, and the scheduler goes on firing
     * meanwhile: from here on the relay neither sweeps nor drains. What is unsent stays in the outbox.
     */
    void onShutdown(@Observes ShutdownEvent event) {
        running = false;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        request();
    }

    @Scheduled(every = "${styrkort.outbox.sweep-every}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!running) {
            return;
        }
        // Counted from the primary key's two ends, not row by row: outbox_event is a queue whose deleted
        // rows wait for vacuum, and counting them every second took 90 ms a call during an import
        // (BENCHMARKS.md, change 43).
        pending.set(TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) OutboxEvent.getEntityManager()
                        .createNativeQuery("select coalesce(max(position) - min(position) + 1, 0) from outbox_event")
                        .getSingleResult()).longValue())));
        request();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteSent() {
        if (!running) {
            return;
        }
        long deleted = TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.getEntityManager().createNativeQuery("delete from outbox_sent where sent_at < ?1")
                        .setParameter(1, OffsetDateTime.now().minus(keepSent)).executeUpdate()));
        if (deleted > 0) {
            LOG.debugf("Deleted %d sent outbox events", deleted);
        }
    }

    /** Asks for a drain; requests that arrive while one is queued are folded into it. */
    public void request() {
        if (running && requested.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (leadership != null) {
            leadership.close();
        }
    }

    private void drain() {
        requested.set(false);
        try {
            if (!leadership.hold()) {
                return;
            }
            while (running) {
                if (inFlight == null) {
                    List<Unsent> batch = unsent();
                    if (batch.isEmpty()) {
                        return;
                    }
                    inFlight = send(batch);
                }
                if (!settled(inFlight)) {
                    // The broker is away; the producer keeps the batch. Look again on the next sweep.
                    return;
                }
                InFlight done = inFlight;
                inFlight = null;
                int acknowledged = acknowledgedPrefix(done);
                markSent(done.positions().subList(0, acknowledged));
                if (acknowledged < done.positions().size() || done.positions().size() < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    /** An outbox row as the relay sends it. */
    private record Unsent(long position, String id, String tenant, String topic, String aggregateId, String eventType,
            String payload, OffsetDateTime occurredAt) {
    }

    /**
     * The first unsent rows in position order, read with JDBC: the relay only copies them into
     * records, and reading them as read-only entities was half of its CPU during an import
     * (BENCHMARKS.md, change 41).
     */
    private List<Unsent> unsent() {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
                    List<Unsent> rows = new ArrayList<>(batchSize);
                    try (PreparedStatement select = connection.prepareStatement("""
                            select position, id, tenant, topic, aggregate_id, event_type, payload, occurred_at
                            from outbox_event order by position limit ?""")) {
                        select.setInt(1, batchSize);
                        try (ResultSet row = select.executeQuery()) {
                            while (row.next()) {
                                rows.add(new Unsent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                        row.getString(5), row.getString(6), row.getString(7), row.getObject(8, OffsetDateTime.class)));
                            }
                        }
                    }
                    return rows;
                })));
    }

    private InFlight send(List<Unsent> batch) {
        if (producer == null) {
            // Asked for at the first send, not at start: the connector makes its channels' clients as it starts.
            producer = kafka.<String, String> getProducer("outbox").unwrap();
        }
        List<Long> positions = new ArrayList<>(batch.size());
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (Unsent event : batch) {
            positions.add(event.position());
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            try {
                producer.send(toRecord(event), (metadata, failure) -> {
                    if (failure == null) {
                        ack.complete(null);
                    } else {
                        ack.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException refused) {
                // Refused before it was queued (the producer closed, say): this row and those after it are sent again.
                ack.completeExceptionally(refused);
            }
        }
        return new InFlight(positions, acks);
    }

    private static boolean settled(InFlight batch) {
        try {
            CompletableFuture.allOf(batch.acks().toArray(CompletableFuture[]::new))
                    .get(WAIT_FOR_ACKS.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception failed) {
            // At least one failed; wait for the others so that none is still under way.
            return batch.acks().stream().allMatch(CompletableFuture::isDone) || settledAfterFailure(batch);
        }
    }

    private static boolean settledAfterFailure(InFlight batch) {
        for (CompletableFuture<Void> ack : batch.acks()) {
            try {
                ack.get(WAIT_FOR_ACKS.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception ignored) {
                // Failed: counted in acknowledgedPrefix.
            }
        }
        return true;
    }

    private static int acknowledgedPrefix(InFlight batch) {
        int n = 0;
        for (CompletableFuture<Void> ack : batch.acks()) {
            if (ack.isCompletedExceptionally()) {
                LOG.warnf("Kafka refused outbox event %d (%s); it and the rest of its batch are sent again",
                        batch.positions().get(n), ack.handle((ok, failure) -> String.valueOf(failure)).join());
                break;
            }
            n++;
        }
        return n;
    }

    private void markSent(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        // One array parameter, not an in list of up to a batch's positions: the same statement every
        // time, where each list length was a query to translate and hundreds of parameters to bind.
        TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement move = connection.prepareStatement("""
                        with sent as (delete from outbox_event where position = any(?) returning *)
                        insert into outbox_sent (position, id, tenant, topic, aggregate_type, aggregate_id,
                                                 aggregate_version, event_type, payload, occurred_at, sent_at)
                        select position, id, tenant, topic, aggregate_type, aggregate_id,
                               aggregate_version, event_type, payload, occurred_at, now()
                        from sent""")) {
                    move.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
                    move.executeUpdate();
                }
            });
            return null;
        }));
        published.increment(positions.size());
    }

    /** The record as the connector writes a CloudEvent in binary mode: attributes as {@code ce_} headers. */
    private ProducerRecord<String, String> toRecord(Unsent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.aggregateId(), event.payload());
        Headers headers = record.headers();
        headers.add("ce_specversion", SPEC_VERSION);
        headers.add("ce_id", utf8(event.id()));
        headers.add("ce_type", utf8(event.eventType()));
        headers.add("ce_source", source);
        headers.add("ce_subject", utf8(event.aggregateId()));
        headers.add("ce_datacontenttype", JSON);
        headers.add("content-type", JSON);
        headers.add("ce_time", utf8(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC))));
        headers.add("ce_tenant", utf8(event.tenant()));
        return record;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
