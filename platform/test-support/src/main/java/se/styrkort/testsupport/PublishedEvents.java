package se.styrkort.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;

/** Reads what a service published on a topic of the test broker. */
public final class PublishedEvents {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofMillis(1500);

    private PublishedEvents() {
    }

    /**
     * Every record of one key on the topic, read from the beginning: waits until at least
     * {@code expected} are there, then a little longer, so that a test can also see that no more
     * than those were published.
     */
    public static List<ConsumerRecord<String, String>> of(String topic, String key, int expected) {
        ConsumerTask<String, String> task = TestKafka.companion().consumeStrings().fromTopics(topic);
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && mine(task, key).size() < expected) {
                sleep(100);
            }
            sleep(QUIET.toMillis());
            return mine(task, key);
        } finally {
            task.stop();
        }
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> mine(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
