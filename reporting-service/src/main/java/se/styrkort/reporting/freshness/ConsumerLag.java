package se.styrkort.reporting.freshness;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * How far the read model is behind each topic it is fed from: the records on the topic not yet
 * consumed and committed by its consumer group, summed over the partitions. Measured every few
 * seconds with Kafka's admin client, shown as the gauge {@code styrkort.consumer.lag{topic}} (-1
 * while unknown, such as when the broker cannot be reached).
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    /** The channels of the read model's consumers. */
    static final List<String> CHANNELS = List.of("goals", "outcomes", "budget");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** How long a consumer may hold its committed offsets with records to go before it counts as stalled. */
    @ConfigProperty(name = "styrkort.freshness.stalled-after", defaultValue = "PT2M")
    Duration stalledAfter;

    /** A topic's committed offsets (summed) and since when they have been so, with the lag last read. */
    record Progress(long committed, long sinceMillis, long lag) {
    }

    private final Map<String, AtomicLong> lags = new LinkedHashMap<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final Set<String> stalledTopics = ConcurrentHashMap.newKeySet();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final Map<String, String> channels = new LinkedHashMap<>();

    @Inject
    KafkaClientService clients;
    private Admin admin;

    @Inject
    void metrics(MeterRegistry registry, Config config) {
        for (String channel : CHANNELS) {
            String topic = config.getValue("mp.messaging.incoming." + channel + ".topic", String.class);
            groups.put(topic, config.getValue("mp.messaging.incoming." + channel + ".group.id", String.class));
            channels.put(topic, channel);
            AtomicLong lag = new AtomicLong(-1);
            lags.put(topic, lag);
            Gauge.builder("styrkort.consumer.lag", lag, AtomicLong::get).tag("topic", topic)
                    .description("Records on the topic not yet applied to the read model (-1: unknown)").register(registry);
        }
    }

    /** The last measured lag per topic, -1 where unknown. */
    public Map<String, Long> lags() {
        Map<String, Long> now = new LinkedHashMap<>();
        lags.forEach((topic, lag) -> now.put(topic, lag.get()));
        return now;
    }

    @Scheduled(every = "${styrkort.freshness.measure-every:5s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        for (Map.Entry<String, String> e : groups.entrySet()) {
            String topic = e.getKey();
            try {
                Reading now = read(topic, e.getValue());
                lags.get(topic).set(now.lag());
                watch(topic, e.getValue(), now, System.currentTimeMillis());
            } catch (Exception failure) {
                LOG.debugf("Cannot measure the lag on %s: %s", topic, failure.getMessage());
                lags.get(topic).set(-1);
                // Watching starts over once it can be measured again: nobody commits while the broker is away.
                progress.remove(topic);
                stalledTopics.remove(topic);
            }
        }
    }

    /**
     * The topics whose consumer has had records to go and has not committed any for longer than
     * {@code styrkort.freshness.stalled-after}, with how long. A consumer that cannot be measured
     * (the broker away) is not counted: it may well be the broker that is stuck.
     */
    public Map<String, Duration> stalled() {
        return stalled(System.currentTimeMillis());
    }

    Map<String, Duration> stalled(long nowMillis) {
        Map<String, Duration> stalled = new LinkedHashMap<>();
        progress.forEach((topic, p) -> {
            Duration still = Duration.ofMillis(nowMillis - p.sinceMillis());
            if (p.lag() > 0 && still.compareTo(stalledAfter) >= 0) {
                stalled.put(topic, still);
            }
        });
        return stalled;
    }

    /**
     * Notes whether the topic's consumer moved since the last reading. No error is raised anywhere
     * when a consumer stops (a batch that never completes, a consumer left paused), so this is what
     * tells: a warning once when it is found stalled, and the liveness check (ReadModelConsumers).
     */
    void watch(String topic, String group, Reading now, long nowMillis) {
        Progress before = progress.get(topic);
        if (before == null || before.committed() != now.committed() || now.lag() == 0) {
            progress.put(topic, new Progress(now.committed(), nowMillis, now.lag()));
            if (stalledTopics.remove(topic)) {
                LOG.infof("The read model's consumer of %s (group %s) moves again: %d records to go", topic, group, now.lag());
            }
            return;
        }
        progress.put(topic, new Progress(before.committed(), before.sinceMillis(), now.lag()));
        long still = nowMillis - before.sinceMillis();
        if (still >= stalledAfter.toMillis() && stalledTopics.add(topic)) {
            LOG.warnf("The read model's consumer of %s (group %s) has committed nothing for %d s with %d records to go;"
                    + " the liveness check turns DOWN after styrkort.freshness.restart-after. This instance's consumer: %s",
                    topic, group, still / 1000, now.lag(), consumerState(channels.get(topic)));
        }
    }

    /**
     * What this instance's consumer of the channel says of itself: its partitions, those it has
     * paused, and its fetch positions. Positions beyond the committed offsets mean records taken but
     * never acknowledged; paused partitions at the committed offsets, a consumer that was not resumed.
     */
    String consumerState(String channel) {
        if (clients == null || channel == null) {
            return "unknown";
        }
        try {
            KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
            if (consumer == null) {
                return "none on this instance";
            }
            Duration wait = Duration.ofSeconds(2);
            return "assigned " + consumer.getAssignments().await().atMost(wait) + ", paused "
                    + consumer.paused().await().atMost(wait) + ", positions " + consumer.getPositions().await().atMost(wait);
        } catch (RuntimeException e) {
            return "not readable (" + e + ")";
        }
    }

    /** A topic's lag and its consumer group's committed offsets, each summed over the partitions. */
    record Reading(long lag, long committed) {
    }

    private Reading read(String topic, String group) throws Exception {
        Admin client = admin();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        client.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
                .get(5, TimeUnit.SECONDS);
        long lag = 0;
        long done = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            long offset = at == null ? 0 : at.offset();
            lag += Math.max(0, end.getValue().offset() - offset);
            done += offset;
        }
        return new Reading(lag, done);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
