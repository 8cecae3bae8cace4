package se.styrkort.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind the event pipeline is: unsent outbox rows in each service's database and the lag of
 * every consumer group. A benchmark that needs a quiet pipeline waits (bounded) until both are zero.
 */
final class Pipeline implements AutoCloseable {

    static final List<String> TOPICS = List.of("styrkort.goals", "styrkort.outcomes", "styrkort.budget", "styrkort.reporting");

    private final Stack stack;
    private final Admin admin;
    /** What the last settle saw last: unsent outbox rows and lag per group. */
    volatile String lastLag = "";

    Pipeline(Stack stack) {
        this.stack = stack;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        this.admin = Admin.create(p);
    }

    long unsentOutbox() {
        long sum = 0;
        for (String s : Stack.SERVICES) {
            try (Connection c = stack.connect("styrkort_" + s);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from outbox_event")) {
                rs.next();
                sum += rs.getLong(1);
            } catch (SQLException e) {
                // A service without an outbox table yet has nothing to send.
            }
        }
        return sum;
    }

    /** Consumer lag summed over every group and partition. */
    long lag() throws Exception {
        return lagByGroup().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Consumer lag per group, summed over its partitions. */
    Map<String, Long> lagByGroup() throws Exception {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        for (ConsumerGroupListing g : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
            long lag = 0;
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                Long end = ends.get(e.getKey());
                if (end != null && e.getValue() != null) {
                    lag += Math.max(0, end - e.getValue().offset());
                }
            }
            if (!committed.isEmpty()) {
                byGroup.put(g.groupId(), lag);
            }
        }
        return byGroup;
    }

    /** Records on the event topics (not the .dlq twins): end minus start offsets. */
    long events() throws Exception {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        ends.keySet().forEach(tp -> earliest.put(tp, OffsetSpec.earliest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all()
                .get(10, TimeUnit.SECONDS);
        long n = 0;
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            n += e.getValue() - starts.get(e.getKey()).offset();
        }
        return n;
    }

    /** Records on the .dlq twins: events some consumer could not apply. */
    long deadLetters() throws Exception {
        List<String> dlq = TOPICS.stream().map(t -> t + ".dlq").toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var d : admin.describeTopics(dlq).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
            d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        long n = 0;
        for (var info : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values()) {
            n += info.offset();
        }
        return n;
    }

    Map<String, Long> eventsPerTopic() throws Exception {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<String, Long> out = new HashMap<>();
        ends.forEach((tp, end) -> out.merge(tp.topic(), end, Long::sum));
        return out;
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var d : admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
            d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /**
     * Waits until nothing is unsent and no group lags, checked twice in a row (consumers commit their
     * offsets every few seconds); bounded by {@code seconds}. Returns the seconds waited, or -1 when the
     * pipeline was still busy at the deadline.
     */
    double settle(int seconds, String what) throws Exception {
        return settle(seconds, what, java.util.Set.of());
    }

    /** As {@link #settle(int, String)}, not waiting for the lag of the IGNORED groups. */
    double settle(int seconds, String what, java.util.Set<String> ignored) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(seconds);
        int quiet = 0;
        long lastReport = 0;
        while (System.nanoTime() < deadline) {
            long unsent = unsentOutbox();
            Map<String, Long> byGroup = lagByGroup();
            lastLag = "unsent outbox " + unsent + ", consumer lag " + byGroup;
            long lag = byGroup.entrySet().stream().filter(e -> !ignored.contains(e.getKey())).mapToLong(Map.Entry::getValue)
                    .sum();
            if (unsent == 0 && lag == 0) {
                if (++quiet >= 2) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } else {
                quiet = 0;
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                System.out.printf("[bench] %s: waiting for the pipeline (unsent outbox %d, consumer lag %s)%n", what, unsent,
                        byGroup);
                lastReport = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        return -1;
    }

    /** Each consumer group's members and the partitions each holds: "group: 2 members [0, 1] [2]". */
    List<String> members() throws Exception {
        List<String> out = new ArrayList<>();
        var described = admin.describeConsumerGroups(groups()).all().get(10, TimeUnit.SECONDS);
        for (var e : new java.util.TreeMap<>(described).entrySet()) {
            StringBuilder b = new StringBuilder(e.getKey()).append(": ").append(e.getValue().members().size())
                    .append(" member(s)");
            for (var m : e.getValue().members()) {
                b.append(' ').append(m.assignment().topicPartitions().stream().map(tp -> tp.topic().replace("styrkort.", "")
                        + "/" + tp.partition()).sorted().toList());
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Whether every member of every group with more than one holds a partition (no rebalance under way). */
    boolean balanced() throws Exception {
        for (var g : admin.describeConsumerGroups(groups()).all().get(10, TimeUnit.SECONDS).values()) {
            if (g.members().size() > 1 && g.members().stream().anyMatch(m -> m.assignment().topicPartitions().isEmpty())) {
                return false;
            }
        }
        return true;
    }

    List<String> groups() throws Exception {
        List<String> out = new ArrayList<>();
        admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).forEach(g -> out.add(g.groupId()));
        return out;
    }

    @Override
    public void close() {
        admin.close();
    }
}
