package se.styrkort.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark 6: rebuilding reporting-service's read model from the topics through its admin endpoint,
 * against a plain Kafka consumer reading the same events from the beginning.
 */
final class Rebuild {

    private static final List<String> SOURCES = List.of("styrkort.goals", "styrkort.outcomes", "styrkort.budget");
    private static final Set<String> DONE = Set.of("DONE", "COMPLETED", "COMPLETE", "FINISHED", "IDLE", "SUCCEEDED");

    private final Stack stack;
    private final Http http;
    private final Options options;

    Rebuild(Stack stack, Http http, Options options) {
        this.stack = stack;
        this.http = http;
        this.options = options;
    }

    void run(Report report, Pipeline pipeline) throws Exception {
        pipeline.settle((int) Math.min(options.settleSeconds, Math.max(10, options.secondsLeft() - 90)), "rebuild",
                java.util.Set.of());
        Map<String, Long> perTopic = pipeline.eventsPerTopic();
        long events = SOURCES.stream().mapToLong(t -> perTopic.getOrDefault(t, 0L)).sum();
        String url = stack.url("reporting") + options.rebuildPath;
        Profile profile = Profile.start(stack, options.data, "reporting", "reporting-rebuild");
        CpuSplit cpu = CpuSplit.start(stack);
        long t0 = System.nanoTime();
        // A rebuild slower than its goal is still measured, as long as the run has time left for it.
        Http.Response started = http.post(url, Region.ADMIN, "application/json", new byte[0], Map.of(),
                Duration.ofSeconds(Math.max(options.rebuildSeconds, options.secondsLeft() - 20)));
        if (!started.ok()) {
            if (profile != null) {
                profile.stop(0);
            }
            report.notMeasured("6 rebuild", "POST " + options.rebuildPath + " answers " + started.status() + " "
                    + Http.abbreviate(started.body()));
            return;
        }
        long deadline = t0
                + TimeUnit.SECONDS.toNanos(Math.max(30, Math.min(options.rebuildSeconds, options.secondsLeft() - 30)));
        boolean done = started.status() == 200 && finished(started);
        String last = started.body();
        while (!done && System.nanoTime() < deadline) {
            Thread.sleep(250);
            Http.Response r = http.get(url, Region.ADMIN);
            last = r.body();
            if (r.ok()) {
                done = finished(r);
            } else if (started.status() == 202 || started.status() == 204) {
                // No status resource: the rebuild is done when reporting-service has caught up again.
                done = pipeline.lag() == 0;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String cpuSplit = cpu == null ? null : cpu.stop(0, null);
        if (profile != null) {
            report.note("rebuild: " + profile.stop(3));
        }
        if (!done) {
            report.notMeasured("6 rebuild", "not finished within " + options.rebuildSeconds + " s; last answer "
                    + Http.abbreviate(last));
            return;
        }
        try {
            JsonNode result = started.json();
            if (result.has("recordsRead")) {
                events = result.get("recordsRead").asLong();
                report.note("rebuild answered " + Http.abbreviate(started.body()));
            }
        } catch (RuntimeException e) {
            // An answer without figures: the topics' record counts stand.
        }
        if (cpuSplit != null) {
            report.note("rebuild: " + cpuSplit);
        }
        double raw = readAll(events);
        report.figure("6 rebuild", String.format("events/s, %,d events on %s, %.1f s", events, SOURCES, seconds),
                events / seconds, "events/s", raw, "KafkaConsumer reading them", "1 000 000 events < 120 s (≥ 8 333/s)");
    }

    /** A status answer that says the rebuild is over. */
    private static boolean finished(Http.Response r) {
        JsonNode body;
        try {
            body = r.json();
        } catch (RuntimeException e) {
            return r.status() == 200;
        }
        for (String field : List.of("state", "status", "phase")) {
            if (body.has(field)) {
                return DONE.contains(body.get(field).asText().toUpperCase());
            }
        }
        if (body.has("running")) {
            return !body.get("running").asBoolean();
        }
        if (body.has("done")) {
            return body.get("done").asBoolean();
        }
        if (body.has("finishedAt")) {
            return !body.get("finishedAt").isNull();
        }
        return r.status() == 200;
    }

    /** Events per second a plain consumer reads the source topics from the beginning at. */
    private double readAll(long events) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(SOURCES);
            long read = 0;
            long t0 = System.nanoTime();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(options.rebuildSeconds);
            while (read < events && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
            }
            return read / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
