package se.styrkort.reporting.freshness;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    private final Map<String, AtomicLong> lags = new LinkedHashMap<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private Admin admin;

    @Inject
    void metrics(MeterRegistry registry, Config config) {
        for (String channel : CHANNELS) {
            String topic = config.getValue("mp.messaging.incoming." + channel + ".topic", String.class);
            groups.put(topic, config.getValue("mp.messaging.incoming." + channel + ".group.id", String.class));
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

    @Scheduled(every = "${styrkort.freshness.measure-every:5s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        for (Map.Entry<String, String> e : groups.entrySet()) {
            try {
                lags.get(e.getKey()).set(lag(e.getKey(), e.getValue()));
            } catch (Exception failure) {
                LOG.debugf("Cannot measure the lag on %s: %s", e.getKey(), failure.getMessage());
                lags.get(e.getKey()).set(-1);
            }
        }
    }

    private long lag(String topic, String group) throws Exception {
        Admin client = admin();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        client.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
                .get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return lag;
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
