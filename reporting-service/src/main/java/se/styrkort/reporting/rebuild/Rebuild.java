package se.styrkort.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.reporting.events.ReadModelFeed;
import se.styrkort.reporting.events.RollupPublisher;
import se.styrkort.reporting.readmodel.EventType;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.readmodel.ReadRow;

/**
 * Rebuilds one organization's read model from the topics: every record from the beginning up to
 * the end as it is now, keeping per aggregate the highest version that can be read (what the live
 * consumer ends with, whatever the order of arrival and however many duplicates); then the
 * organization's tables are emptied and filled with those states, and the applied versions set to
 * them, in one transaction. The live consumers wait meanwhile (the applied-version table is locked
 * first, before the end offsets are taken), so nothing they apply is lost or applied twice. Roll-ups
 * are computed again afterwards and published only where they changed.
 *
 * <p>
 * Two passes keep the memory it needs small whatever the topics hold: the first notes where each
 * readable record is (in a temporary table, see NewestRecords), and PostgreSQL picks each aggregate's
 * newest; the second reads the topics again up to the same end and stores just those records, a chunk
 * at a time.
 *
 * <p>
 * Reading the records (JSON, the read model's mapping and checks) is most of its work, so each
 * poll's records are read on worker threads while this thread polls on and writes to the database;
 * their results are taken in the order of the polls, a few polls ahead at most.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);

    /** Rows stored between flushes of the second pass. */
    private static final int CHUNK = 1000;

    /** Polls read ahead of the one whose results are taken: enough to keep the workers busy, a few MB. */
    private static final int AHEAD = 2;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "styrkort.rebuild.timeout", defaultValue = "PT10M")
    Duration timeout;

    @Inject
    EntityManager em;

    @Inject
    ReadModel readModel;

    @Inject
    RollupPublisher rollups;

    /** What a rebuild did: records read of the organization, aggregates stored, records skipped as unreadable. */
    public record Result(String tenant, long recordsRead, long aggregates, long unreadable, long plans) {
    }

    /** A record of the first pass as read: its aggregate (null if unreadable or not kept) and version. */
    private record Found(String type, String id, long version, TopicPartition partition, long offset, boolean unreadable) {
    }

    /** A record of the second pass as read: its aggregate and version, and its row unless it is a deletion. */
    private record Read(String type, String id, long version, ReadRow row) {
    }

    public Result rebuild(String tenant) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds())
                .call(() -> rebuildLocked(tenant)));
    }

    private Result rebuildLocked(String tenant) {
        long[] counts = new long[2];
        long deadline = System.nanoTime() + timeout.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "rebuild-reader");
                    t.setDaemon(true);
                    return t;
                });
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : EventType.topics()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            NewestRecords newest = new NewestRecords(em.unwrap(Session.class), partitions);
            Consumer<List<Found>> remember = found -> found.forEach(f -> remember(f, newest, counts));
            // Most of the topics are read while the live consumers go on; then they are made to wait, and
            // the little that arrived meanwhile is read to the new end.
            drain(consumer, partitions, deadline, new Ahead<>(workers, poll -> find(poll, tenant), remember));
            em.createNativeQuery("lock table applied_event in exclusive mode").executeUpdate();
            drain(consumer, partitions, deadline, new Ahead<>(workers, poll -> find(poll, tenant), remember));
            Map<TopicPartition, Long> ends = new HashMap<>();
            partitions.forEach(p -> ends.put(p, consumer.position(p)));

            for (String table : EventType.tableNames()) {
                em.createNativeQuery("delete from " + table + " where tenant = ?1").setParameter(1, tenant).executeUpdate();
            }
            em.clear();
            Map<TopicPartition, long[]> wanted = newest.newest();
            long aggregates = wanted.values().stream().mapToLong(o -> o.length).sum();
            for (TopicPartition p : partitions) {
                long[] offsets = wanted.get(p);
                consumer.seek(p, offsets == null ? ends.get(p) : offsets[0]);
            }
            List<Read> chunk = new ArrayList<>(CHUNK);
            readTo(consumer, ends, deadline, new Ahead<List<Read>>(workers, poll -> {
                List<Read> read = new ArrayList<>();
                for (ConsumerRecord<String, String> r : poll) {
                    long[] offsets = wanted.get(new TopicPartition(r.topic(), r.partition()));
                    if (offsets != null && Arrays.binarySearch(offsets, r.offset()) >= 0) {
                        read.add(read(r));
                    }
                }
                return read;
            }, read -> read.forEach(r -> {
                if (r.row() != null) {
                    readModel.insert(r.row());
                }
                chunk.add(r);
                if (chunk.size() == CHUNK) {
                    applied(chunk);
                }
            })));
            applied(chunk);
            List<UUID> plans = em.createQuery("select p.id from PlanSummary p", UUID.class).getResultList();
            plans.forEach(rollups::publishAll);
            LOG.infof("Rebuilt the read model of %s: %d records, %d aggregates, %d unreadable", tenant, counts[0],
                    aggregates, counts[1]);
            return new Result(tenant, counts[0], aggregates, counts[1], plans.size());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Reads polls on the workers, a few ahead, and hands each one's result to this thread in the
     * order of the polls; {@link #finish} waits for the last. The readers touch no database and no
     * state of this thread, so the results are what reading the records here would give.
     */
    private static final class Ahead<T> {

        private final ExecutorService workers;
        private final Function<List<ConsumerRecord<String, String>>, T> read;
        private final Consumer<T> take;
        private final Deque<Future<T>> pending = new ArrayDeque<>();

        Ahead(ExecutorService workers, Function<List<ConsumerRecord<String, String>>, T> read, Consumer<T> take) {
            this.workers = workers;
            this.read = read;
            this.take = take;
        }

        void submit(List<ConsumerRecord<String, String>> poll) {
            if (!poll.isEmpty()) {
                pending.add(workers.submit(() -> read.apply(poll)));
            }
            while (pending.size() > AHEAD || (!pending.isEmpty() && pending.peek().isDone())) {
                takeOldest();
            }
        }

        void finish() {
            while (!pending.isEmpty()) {
                takeOldest();
            }
        }

        private void takeOldest() {
            T result;
            try {
                result = pending.remove().get();
            } catch (ExecutionException e) {
                pending.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The rebuild was interrupted", e);
            }
            take.accept(result);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** Reads every partition to its end as it is when called. */
    private void drain(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, long deadline,
            Ahead<?> each) {
        readTo(consumer, new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30))), deadline, each);
    }

    /** Reads every partition up to (not including) the given offsets, a poll at a time. */
    private void readTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends, long deadline,
            Ahead<?> each) {
        Map<TopicPartition, Long> open = new HashMap<>(ends);
        open.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        while (!open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The topics could not be read to their end in " + timeout);
            }
            List<ConsumerRecord<String, String>> poll = new ArrayList<>();
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                Long end = ends.get(new TopicPartition(r.topic(), r.partition()));
                if (end != null && r.offset() < end) {
                    poll.add(r);
                }
            }
            each.submit(poll);
            open.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        each.finish();
    }

    /** First pass, on a worker: the poll's records of the organization as read. */
    private List<Found> find(List<ConsumerRecord<String, String>> poll, String tenant) {
        List<Found> found = new ArrayList<>(poll.size());
        TopicPartition partition = null;
        for (ConsumerRecord<String, String> r : poll) {
            if (!tenant.equals(header(r, "ce_tenant"))) {
                continue;
            }
            if (partition == null || partition.partition() != r.partition() || !partition.topic().equals(r.topic())) {
                partition = new TopicPartition(r.topic(), r.partition());
            }
            IncomingEvent event = readable(r);
            if (event == null) {
                found.add(new Found(null, null, 0, null, 0, true));
            } else if (readModel.keeps(event.aggregateType())) {
                found.add(new Found(event.aggregateType(), event.aggregateId(), event.version(), partition, r.offset(),
                        false));
            } else {
                found.add(new Found(null, null, 0, null, 0, false));
            }
        }
        return found;
    }

    /** First pass: remembers where the record is, if it is readable (the newest per aggregate is picked at the end). */
    private static void remember(Found f, NewestRecords newest, long[] counts) {
        counts[0]++;
        if (f.unreadable()) {
            // The live consumer sent it to the .dlq: it never became the aggregate's state.
            counts[1]++;
            return;
        }
        if (f.type() != null) {
            newest.add(f.type(), f.id(), f.version(), f.partition(), f.offset());
        }
    }

    /**
     * Second pass, on a worker: the aggregate's state as a row to insert (its tables were emptied).
     * The first pass read and checked this very record, so it is not checked again.
     */
    private Read read(ConsumerRecord<String, String> r) {
        IncomingEvent event = IncomingEvent.from(r, readModel.mapper());
        return new Read(event.aggregateType(), event.aggregateId(), event.version(),
                event.changeType() == ChangeType.DELETED ? null : readModel.readUnchecked(event));
    }

    /** Writes a chunk's rows and sets the chunk's applied versions, in JDBC batches. */
    private void applied(List<Read> chunk) {
        em.flush();
        em.clear();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into applied_event (consumer, aggregate_type, aggregate_id, version, applied_at)
                    values (?, ?, ?, ?, now())
                    on conflict (consumer, aggregate_type, aggregate_id) do update
                      set version = excluded.version, applied_at = excluded.applied_at""")) {
                for (Read read : chunk) {
                    upsert.setString(1, ReadModelFeed.CONSUMER);
                    upsert.setString(2, read.type());
                    upsert.setString(3, read.id());
                    upsert.setLong(4, read.version());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
        chunk.clear();
    }

    /** The record's event if the read model can use it, else null. */
    private IncomingEvent readable(ConsumerRecord<String, String> r) {
        try {
            IncomingEvent event = IncomingEvent.from(r, readModel.mapper());
            if (readModel.keeps(event.aggregateType())) {
                readModel.read(event);
            }
            return event;
        } catch (MalformedEventException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
