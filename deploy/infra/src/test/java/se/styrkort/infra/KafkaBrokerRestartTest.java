package se.styrkort.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker as the local stack runs it ({@code LocalInfra kafka}, its own process on its own data
 * folder and ports) comes back on its data after a SIGKILL: the restarted controller holds the dead
 * incarnation's session until it expires, and the new one keeps asking to be registered until then.
 */
class KafkaBrokerRestartTest {

    private static final String TOPIC = "styrkort.goals";

    @TempDir
    Path data;

    private Process broker;

    @AfterEach
    void stopBroker() throws InterruptedException {
        if (broker != null && broker.isAlive()) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    @Test
    void aBrokerKilledWithSigkillStartsAgainOnItsDataWithItsRecords() throws Exception {
        int port = freePortPair();
        String bootstrap = "127.0.0.1:" + port;
        Path log = data.resolve("broker.log");

        broker = start(port, log);
        List<String> before = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            for (int i = 0; i < 20; i++) {
                String value = "before-" + i;
                producer.send(new ProducerRecord<>(TOPIC, "key-" + i, value)).get(30, TimeUnit.SECONDS);
                before.add(value);
            }
        }

        broker.destroyForcibly();
        assertTrue(broker.waitFor(30, TimeUnit.SECONDS), "the broker died");
        assertEquals(137, broker.exitValue(), "killed with SIGKILL, no shutdown hook ran");

        long restarted = System.nanoTime();
        broker = start(port, log);
        Duration took = Duration.ofNanos(System.nanoTime() - restarted);
        assertTrue(took.toMillis() < KafkaBroker.REGISTRATION_TIMEOUT_MS, "restarted within the registration timeout: " + took);

        assertEquals(before, values(bootstrap, before.size()), "every acknowledged record is back");
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(TOPIC, "key-after", "after")).get(30, TimeUnit.SECONDS);
        }
        List<String> all = new ArrayList<>(before);
        all.add("after");
        assertEquals(all, values(bootstrap, all.size()), "and it takes new ones");
    }

    @Test
    void theBrokerWaitsOutTheDeadIncarnationsSession() {
        assertTrue(KafkaBroker.REGISTRATION_TIMEOUT_MS >= 2 * KafkaBroker.SESSION_TIMEOUT_MS);
    }

    /** Starts {@code LocalInfra kafka} as its own JVM and waits for its READY line. */
    private Process start(int port, Path log) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                LocalInfra.class.getName(), "kafka", "--data", data.resolve("kafka").toString(), "--port",
                Integer.toString(port))
                .redirectErrorStream(true).start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    if (line.startsWith("READY")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // The process is gone; the wait below reports it.
            }
            ready.complete(false);
        }, "broker-output");
        reader.setDaemon(true);
        reader.start();
        boolean up;
        try {
            up = ready.get(KafkaBroker.REGISTRATION_TIMEOUT_MS + 60_000L, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            up = false;
        }
        if (!up) {
            p.destroyForcibly();
            throw new AssertionError("the broker did not start; its output:\n" + Files.readString(log));
        }
        return p;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** The values on the topic from the beginning, in order per partition, sorted as written (by the number). */
    private static List<String> values(String bootstrap, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-test-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        values.sort((a, b) -> Integer.compare(order(a), order(b)));
        return values;
    }

    private static int order(String value) {
        return value.startsWith("before-") ? Integer.parseInt(value.substring(7)) : Integer.MAX_VALUE;
    }

    /** A port whose successor is free too: LocalInfra puts the controller on port + 1. */
    private static int freePortPair() {
        for (int i = 0; i < 50; i++) {
            int port = KafkaBroker.freePort();
            if (port < 65535 && portFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two free ports in a row");
    }

    private static boolean portFree(int port) {
        try (java.net.ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
