package se.styrkort.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics of docs/events.md. Event topics carry full state keyed by aggregate id, so they
 * are compacted; each has a {@code .dlq} twin for events a consumer could not process, which keeps
 * every record (no compaction: a poison record may have no key) for a month.
 */
public final class Topics {

    public static final String GOALS = "styrkort.goals";
    public static final String OUTCOMES = "styrkort.outcomes";
    public static final String BUDGET = "styrkort.budget";
    public static final String REPORTING = "styrkort.reporting";
    public static final List<String> EVENT_TOPICS = List.of(GOALS, OUTCOMES, BUDGET, REPORTING);

    public static final int PARTITIONS = 3;
    public static final String DLQ_SUFFIX = ".dlq";
    private static final String DLQ_RETENTION_MS = String.valueOf(30L * 24 * 3600 * 1000);

    private Topics() {
    }

    public static List<NewTopic> all() {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : EVENT_TOPICS) {
            topics.add(new NewTopic(name, PARTITIONS, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "3600000")));
            topics.add(new NewTopic(name + DLQ_SUFFIX, 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete", "retention.ms", DLQ_RETENTION_MS)));
        }
        return topics;
    }

    /** Creates every topic that does not exist yet; existing ones are left as they are. */
    public static void create(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            for (NewTopic topic : all()) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
