package se.styrkort.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * Publishes outbox rows to Kafka in the order they were written: right after a commit, and on a
 * sweep for whatever is left (a broker outage, a restart). It only decides when; the parts do the
 * work: {@link UnsentEvents} reads the next batch in position order, {@link BatchInFlight} hands it
 * to the producer and waits for the acknowledgements, {@link SentEvents} moves the acknowledged rows
 * to {@code outbox_sent}, {@link RelayBackoff} spaces out the resending of refused records,
 * {@link OutboxMetrics} shows the backlog, {@link PublishSpans} continues the trace an event was
 * written in, and {@link RelayLeadership} makes one instance per database the publisher.
 * <p>
 * One batch is in flight at a time. While the broker is away the producer keeps it and the relay
 * waits for it instead of sending anything new; when a record is refused outright, it and the rest
 * of its batch are sent again from the database, so the last record of every key on the
 * (compacted) topic is always the newest version; consumers skip the duplicates by version.
 * <p>
 * Records go to the producer of the {@code outbox} channel (its client, with the channel's
 * configuration), through that producer's own API with a callback per record: through the channel's
 * emitter each record passed a Mutiny pipeline that captured and restored every context, and the
 * relay's and the producer's threads took 40 % of outcomes-service's CPU during an import.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration WAIT_FOR_ACKS = Duration.ofSeconds(5);

    /** Declares the channel, so that the connector makes its producer; the relay sends through that producer. */
    @Inject
    @Channel("outbox")
    MutinyEmitter<String> channel;

    @Inject
    KafkaClientService kafka;

    @Inject
    UnsentEvents unsent;

    @Inject
    SentEvents sent;

    @Inject
    OutboxMetrics metrics;

    @Inject
    Tracer tracer;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "styrkort.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "styrkort.outbox.keep-sent", defaultValue = "P7D")
    Duration keepSent;

    @ConfigProperty(name = "styrkort.outbox.refused-pause", defaultValue = "PT1S")
    Duration refusedPause;

    @ConfigProperty(name = "styrkort.outbox.refused-pause-max", defaultValue = "PT1M")
    Duration refusedPauseMax;

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
    private RelayBackoff backoff;
    private CloudEventRecords records;
    private PublishSpans spans;
    private BatchInFlight inFlight;
    private Producer<String, String> producer;

    /** The events not yet acknowledged by Kafka, as of the last sweep (the gauge's value). */
    public long pending() {
        return metrics.pending();
    }

    void onStart(@Observes StartupEvent event) {
        leadership = new RelayLeadership(jdbcUrl, jdbcUser, jdbcPassword.orElse(""));
        backoff = new RelayBackoff(refusedPause, refusedPauseMax);
        records = new CloudEventRecords(applicationName);
        spans = new PublishSpans(tracer);
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

    // Not before the application has started: this bean is made at its first use, and its channel can
    // be injected only once messaging has wired the channels, which on a busy machine takes longer than the delay.
    @Scheduled(every = "${styrkort.outbox.sweep-every}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        if (!running) {
            return;
        }
        metrics.backlog(unsent.backlog());
        request();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deleteSent() {
        if (!running) {
            return;
        }
        int deleted = sent.deleteSentBefore(OffsetDateTime.now().minus(keepSent));
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
                    if (!backoff.maySend(Instant.now())) {
                        return;
                    }
                    List<UnsentEvent> batch = unsent.first(batchSize);
                    if (batch.isEmpty()) {
                        return;
                    }
                    inFlight = BatchInFlight.send(producer(), batch, records::toRecord, spans);
                }
                if (!inFlight.settled(WAIT_FOR_ACKS)) {
                    // The broker is away; the producer keeps the batch. Look again on the next sweep.
                    return;
                }
                BatchInFlight done = inFlight;
                inFlight = null;
                List<UnsentEvent> acknowledged = done.acknowledgedEvents();
                sent.moveToSent(acknowledged.stream().map(UnsentEvent::position).toList());
                metrics.published(acknowledged);
                if (acknowledged.size() < done.size()) {
                    backoff.refused(Instant.now());
                    return;
                }
                backoff.acknowledged();
                if (done.size() < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            // Asked for at the first send, not at start: the connector makes its channels' clients as it starts.
            producer = kafka.<String, String> getProducer("outbox").unwrap();
        }
        return producer;
    }
}
