package se.styrkort.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

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
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.reporting.events.ReadModelFeed;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.readmodel.ReadRow;
import se.styrkort.reporting.rollup.RollupPublisher;

/**
 * Rebuilds one organization's read model from the topics: every record from the beginning up to
 * the end as it is now, keeping per aggregate the highest version that can be read (what the live
 * consumer ends with, whatever the order of arrival and however many duplicates); then the
 * organization's tables are emptied and filled with those states, and the applied versions set to
 * them, in one transaction. The live consumers wait meanwhile (the applied-version table is locked
 * first, before the end offsets are taken), so nothing they apply is lost or applied twice. Roll-ups
 * are computed again afterwards and published only where they changed.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    static final List<String> TOPICS = List.of("styrkort.goals", "styrkort.outcomes", "styrkort.budget");

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

    private record Latest(IncomingEvent event, ReadRow row) {
    }

    public Result rebuild(String tenant) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds())
                .call(() -> rebuildLocked(tenant)));
    }

    private Result rebuildLocked(String tenant) {
        long[] counts = new long[2];
        Map<String, Latest> latest = read(tenant, counts);
        for (String table : ReadModel.tables()) {
            em.createNativeQuery("delete from " + table + " where tenant = ?1").setParameter(1, tenant).executeUpdate();
        }
        em.clear();
        for (Latest l : latest.values()) {
            if (l.event().changeType() != ChangeType.DELETED) {
                readModel.store(l.row(), false);
            }
            em.createNativeQuery("""
                    insert into applied_event (consumer, aggregate_type, aggregate_id, version, applied_at)
                    values (?1, ?2, ?3, ?4, now())
                    on conflict (consumer, aggregate_type, aggregate_id) do update
                      set version = excluded.version, applied_at = excluded.applied_at""")
                    .setParameter(1, ReadModelFeed.CONSUMER).setParameter(2, l.event().aggregateType())
                    .setParameter(3, l.event().aggregateId()).setParameter(4, l.event().version()).executeUpdate();
        }
        em.flush();
        List<UUID> plans = em.createQuery("select p.id from PlanSummary p", UUID.class).getResultList();
        plans.forEach(rollups::refreshAll);
        LOG.infof("Rebuilt the read model of %s: %d records, %d aggregates, %d unreadable", tenant, counts[0],
                latest.size(), counts[1]);
        return new Result(tenant, counts[0], latest.size(), counts[1], plans.size());
    }

    /** The highest readable version of every aggregate of the organization on the topics, up to their current end. */
    private Map<String, Latest> read(String tenant, long[] counts) {
        Map<String, Latest> latest = new LinkedHashMap<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            // Most of the topics are read while the live consumers go on; then they are made to wait, and
            // the little that arrived meanwhile is read to the new end.
            drain(consumer, partitions, tenant, latest, counts, deadline);
            em.createNativeQuery("lock table applied_event in exclusive mode").executeUpdate();
            drain(consumer, partitions, tenant, latest, counts, deadline);
        }
        return latest;
    }

    private void drain(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, String tenant,
            Map<String, Latest> latest, long[] counts, long deadline) {
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        ends.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        while (!ends.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The topics could not be read to their end in " + timeout);
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (tenant.equals(header(r, "ce_tenant"))) {
                    counts[0]++;
                    take(r, latest, counts);
                }
            }
            ends.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
    }

    private void take(ConsumerRecord<String, String> r, Map<String, Latest> latest, long[] counts) {
        IncomingEvent event;
        ReadRow row;
        try {
            event = IncomingEvent.from(r, readModel.mapper());
            if (!readModel.keeps(event.aggregateType())) {
                return;
            }
            row = readModel.read(event);
        } catch (MalformedEventException e) {
            // The live consumer sent it to the .dlq: it never became the aggregate's state.
            counts[1]++;
            return;
        }
        String key = event.aggregateType() + ":" + event.aggregateId();
        Latest known = latest.get(key);
        if (known == null || event.version() > known.event().version()) {
            latest.put(key, new Latest(event, row));
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
