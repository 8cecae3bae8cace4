package se.styrkort.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmark 2: outbox → Kafka. N copies of events outcomes-service has already published are written
 * to its outbox in one transaction, and the time until its relay has marked them all sent is measured;
 * the baseline is a Kafka producer configured as the relay's (acks=all, idempotent, 5 in flight)
 * sending the same records (key, CloudEvents headers, payload) directly. The copies carry versions the
 * consumers have applied already, so they skip them, as they skip any duplicate.
 */
final class OutboxPublish {

    private record Event(String id, String tenant, String topic, String aggregateId, String type, Timestamp occurredAt,
            String payload) {
    }

    private final Stack stack;
    private final Options options;

    OutboxPublish(Stack stack, Options options) {
        this.stack = stack;
        this.options = options;
    }

    void run(Report report, Pipeline pipeline) throws Exception {
        // Only the relays need to be quiet; consumers may still be busy (outcomes-service with the region).
        double waited = pipeline.settle((int) Math.min(options.settleSeconds, Math.max(10, options.secondsLeft() - 150)),
                "outbox",
                java.util.Set.of("outcomes-service", "reporting-service", "budget-service"));
        if (waited < 0) {
            report.note("outbox: the pipeline was still busy after " + options.settleSeconds + " s; measured anyway");
        }
        try (Connection c = stack.connect("styrkort_outcomes")) {
            long last;
            long available;
            // The copies are of events already sent (kept in outbox_sent); new rows take positions above every one so far.
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from outbox_sent")) {
                rs.next();
                available = rs.getLong(1);
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select last_value from outbox_event_position_seq")) {
                rs.next();
                last = rs.getLong(1);
            }
            long n = Math.min(options.outboxEvents, available);
            if (n == 0) {
                report.notMeasured("2 outbox", "outcomes-service's outbox holds no events to copy");
                return;
            }
            List<Event> events = new ArrayList<>();
            try (PreparedStatement ps = c
                    .prepareStatement("select id, tenant, topic, aggregate_id, event_type, occurred_at, payload"
                            + " from outbox_sent where position <= ? order by position desc limit ?")) {
                ps.setLong(1, last);
                ps.setLong(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getTimestamp(6), rs.getString(7)));
                    }
                }
            }
            Profile profile = Profile.start(stack, options.data, "outcomes", "outcomes-outbox");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into outbox_event (id, tenant, topic, aggregate_type,"
                    + " aggregate_id, aggregate_version, event_type, payload, occurred_at)"
                    + " select gen_random_uuid(), tenant, topic, aggregate_type, aggregate_id, aggregate_version, event_type,"
                    + " payload, clock_timestamp() from (select * from outbox_sent where position <= ? order by position desc"
                    + " limit ?) e order by position")) {
                ps.setLong(1, last);
                ps.setLong(2, n);
                ps.executeUpdate();
            }
            c.commit();
            long t0 = System.nanoTime();
            c.setAutoCommit(true);
            long wait = Math.max(30, Math.min(300, options.secondsLeft() - 60));
            long deadline = t0 + TimeUnit.SECONDS.toNanos(wait);
            long left = n;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where position > ?")) {
                ps.setLong(1, last);
                while (left > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        left = rs.getLong(1);
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (profile != null) {
                report.note("outbox: " + profile.stop(3));
            }
            double activeSeconds = 0;
            try (PreparedStatement ps = c.prepareStatement("select extract(epoch from max(sent_at) - min(sent_at))"
                    + " from outbox_sent where position > ?")) {
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    activeSeconds = rs.getDouble(1);
                }
            }
            if (left > 0) {
                report.note("outbox: " + left + " of " + n + " events still unsent after " + wait + " s");
            }
            double relay = (n - left) / seconds;
            double direct = direct(events);
            report.figure("2 outbox", String.format("events/s, outbox → Kafka, %,d events, commit to last sent %.1f s"
                    + " (first to last sent %.1f s)", n - left, seconds, activeSeconds), relay, "events/s", direct,
                    "KafkaProducer, same records", null);
        }
    }

    private double direct(List<Event> events) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.partitionsFor(events.get(0).topic());
            long t0 = System.nanoTime();
            for (Event e : events) {
                ProducerRecord<String, String> r = new ProducerRecord<>(e.topic(), e.aggregateId(), e.payload());
                r.headers().add("ce_specversion", utf8("1.0")).add("ce_id", utf8(e.id()))
                        .add("ce_source", utf8("/styrkort/outcomes-service")).add("ce_type", utf8(e.type()))
                        .add("ce_subject", utf8(e.aggregateId()))
                        .add("ce_time", utf8(e.occurredAt().toInstant().atOffset(ZoneOffset.UTC).toString()))
                        .add("content-type", utf8("application/json")).add("ce_tenant", utf8(e.tenant()));
                producer.send(r);
            }
            producer.flush();
            return events.size() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
