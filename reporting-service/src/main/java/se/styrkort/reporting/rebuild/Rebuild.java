package se.styrkort.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

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
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.rollup.RollupPublisher;

/**
 * Rebuilds one organization's read model from the topics: every record from the beginning up to
 * the end as it is now, keeping per aggregate the highest version that can be read (what the live
 * consumer ends with, whatever the order of arrival and however many duplicates); then the
 * organization's tables are emptied and filled with those states, and the applied versions set to
 * them, in one transaction. The live consumers wait meanwhile (the applied-version table is locked
 * first, before the end offsets are taken), so nothing they apply is lost or applied twice. Roll-ups
 * are computed again afterwards and published only where they changed.
 *
 * <p>Two passes keep the memory it needs small whatever the topics hold: the first remembers per
 * aggregate only where its newest readable record is (partition and offset); the second reads the
 * topics again up to the same end and stores just those records, a chunk at a time.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    static final List<String> TOPICS = List.of("styrkort.goals", "styrkort.outcomes", "styrkort.budget");

    /** Rows stored between flushes of the second pass. */
    private static final int CHUNK = 1000;

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

    /** Where an aggregate's newest readable record is. */
    private record Newest(long version, TopicPartition partition, long offset) {
    }

    public Result rebuild(String tenant) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds())
                .call(() -> rebuildLocked(tenant)));
    }

    private Result rebuildLocked(String tenant) {
        long[] counts = new long[2];
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<String, Newest> newest = new HashMap<>();
            // Most of the topics are read while the live consumers go on; then they are made to wait, and
            // the little that arrived meanwhile is read to the new end.
            drain(consumer, partitions, deadline, r -> find(r, tenant, newest, counts));
            em.createNativeQuery("lock table applied_event in exclusive mode").executeUpdate();
            drain(consumer, partitions, deadline, r -> find(r, tenant, newest, counts));
            Map<TopicPartition, Long> ends = new HashMap<>();
            partitions.forEach(p -> ends.put(p, consumer.position(p)));

            for (String table : ReadModel.tables()) {
                em.createNativeQuery("delete from " + table + " where tenant = ?1").setParameter(1, tenant).executeUpdate();
            }
            em.clear();
            Map<TopicPartition, Set<Long>> wanted = new HashMap<>();
            newest.values().forEach(n -> wanted.computeIfAbsent(n.partition(), p -> new HashSet<>()).add(n.offset()));
            long aggregates = newest.size();
            newest.clear();
            for (TopicPartition p : partitions) {
                Set<Long> offsets = wanted.get(p);
                if (offsets == null) {
                    consumer.seek(p, ends.get(p));
                } else {
                    consumer.seek(p, Collections.min(offsets));
                }
            }
            List<IncomingEvent> chunk = new ArrayList<>(CHUNK);
            readTo(consumer, ends, deadline, r -> {
                Set<Long> offsets = wanted.get(new TopicPartition(r.topic(), r.partition()));
                if (offsets != null && offsets.contains(r.offset())) {
                    chunk.add(store(r));
                    if (chunk.size() == CHUNK) {
                        applied(chunk);
                    }
                }
            });
            applied(chunk);
            List<UUID> plans = em.createQuery("select p.id from PlanSummary p", UUID.class).getResultList();
            plans.forEach(rollups::refreshAll);
            LOG.infof("Rebuilt the read model of %s: %d records, %d aggregates, %d unreadable", tenant, counts[0],
                    aggregates, counts[1]);
            return new Result(tenant, counts[0], aggregates, counts[1], plans.size());
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
            Consumer<ConsumerRecord<String, String>> each) {
        readTo(consumer, new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30))), deadline, each);
    }

    /** Reads every partition up to (not including) the given offsets. */
    private void readTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends, long deadline,
            Consumer<ConsumerRecord<String, String>> each) {
        Map<TopicPartition, Long> open = new HashMap<>(ends);
        open.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        while (!open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The topics could not be read to their end in " + timeout);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                Long end = ends.get(new TopicPartition(r.topic(), r.partition()));
                if (end != null && r.offset() < end) {
                    each.accept(r);
                }
            }
            open.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
    }

    /** First pass: remembers where the newest readable version of the record's aggregate is. */
    private void find(ConsumerRecord<String, String> r, String tenant, Map<String, Newest> newest, long[] counts) {
        if (!tenant.equals(header(r, "ce_tenant"))) {
            return;
        }
        counts[0]++;
        IncomingEvent event = readable(r);
        if (event == null) {
            // The live consumer sent it to the .dlq: it never became the aggregate's state.
            counts[1]++;
            return;
        }
        if (!readModel.keeps(event.aggregateType())) {
            return;
        }
        String key = event.aggregateType() + ":" + event.aggregateId();
        Newest known = newest.get(key);
        if (known == null || event.version() > known.version()) {
            newest.put(key, new Newest(event.version(), new TopicPartition(r.topic(), r.partition()), r.offset()));
        }
    }

    /** Second pass: stores the aggregate's state (its tables were emptied: a plain insert). */
    private IncomingEvent store(ConsumerRecord<String, String> r) {
        IncomingEvent event = IncomingEvent.from(r, readModel.mapper());
        if (event.changeType() != ChangeType.DELETED) {
            readModel.insert(readModel.read(event));
        }
        return event;
    }

    /** Writes a chunk's rows and sets the chunk's applied versions, in JDBC batches. */
    private void applied(List<IncomingEvent> chunk) {
        em.flush();
        em.clear();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into applied_event (consumer, aggregate_type, aggregate_id, version, applied_at)
                    values (?, ?, ?, ?, now())
                    on conflict (consumer, aggregate_type, aggregate_id) do update
                      set version = excluded.version, applied_at = excluded.applied_at""")) {
                for (IncomingEvent event : chunk) {
                    upsert.setString(1, ReadModelFeed.CONSUMER);
                    upsert.setString(2, event.aggregateType());
                    upsert.setString(3, event.aggregateId());
                    upsert.setLong(4, event.version());
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
