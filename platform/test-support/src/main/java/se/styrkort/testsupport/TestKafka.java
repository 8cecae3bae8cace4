package se.styrkort.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import se.styrkort.infra.KafkaBroker;

/**
 * The real Kafka broker (KRaft) of a test run, in-process on free ports with the topics of
 * docs/events.md. Tests may stop and start it to prove that a broker outage loses nothing.
 */
public final class TestKafka {

    private static KafkaBroker broker;
    private static KafkaCompanion companion;

    private TestKafka() {
    }

    /** Starts the broker of this test run, once; later calls return its address. */
    public static synchronized String start() {
        if (broker == null) {
            broker = KafkaBroker.onFreePorts();
        }
        broker.start();
        return broker.bootstrapServers();
    }

    /** Stops the broker and deletes its log, at the end of the test run. */
    public static synchronized void shutdown() {
        if (companion != null) {
            companion.close();
            companion = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Stops the broker, as in an outage; the log is kept. */
    public static synchronized void stopBroker() {
        broker.stop();
    }

    /** Starts the broker again on the same ports with the same log. */
    public static synchronized void startBroker() {
        broker.start();
    }

    public static synchronized String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** A client to produce and consume test records against the broker. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(broker.bootstrapServers());
        }
        return companion;
    }
}
