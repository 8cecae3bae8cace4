package se.styrkort.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node Apache Kafka broker in KRaft mode (combined broker and controller), run in the
 * calling JVM. Tests use it in-process on free ports; the local stack runs it as its own process
 * with its log in the data folder. It can be stopped and started again on the same ports and log,
 * which is how tests simulate a broker outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    /**
     * How long the controller waits for heartbeats before it fences the broker: long enough to ride
     * out a stalled disk, short enough that a restart after a kill (which waits it out) is quick.
     */
    static final int SESSION_TIMEOUT_MS = 30_000;

    /** How long a starting broker keeps asking to be registered: the session timeout with room to spare. */
    static final int REGISTRATION_TIMEOUT_MS = 4 * SESSION_TIMEOUT_MS;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on free ports with its log in a fresh temporary folder. */
    public static KafkaBroker onFreePorts() {
        try {
            return new KafkaBroker(Files.createTempDirectory("styrkort-kafka"), freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Formats the log folder on first use, starts the broker and creates the topics. */
    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        KafkaConfig config = new KafkaConfig(properties(), false);
        format();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        Topics.create(bootstrapServers());
        return this;
    }

    /** Stops the broker and waits until it has released its ports; the log is kept. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        waitUntilPortIsFree();
    }

    /** Stops the broker and deletes its log folder. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(Topics.PARTITIONS));
        // One node: every internal topic has a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The only broker is not fenced for heartbeats unanswered for 9 s (the default) but for 30 s: no
        // other could lead its partitions. In a benchmark run, while PostgreSQL wrote millions of rows, the
        // controller's own metadata writes waited 27 s on the disk, and every consumer group lost its
        // partitions for minutes after.
        p.put("broker.session.timeout.ms", String.valueOf(SESSION_TIMEOUT_MS));
        // After a death without a controlled shutdown (SIGKILL, OOM kill, power cut) the restarted
        // controller gives the dead incarnation a fresh session and refuses the new one's registration
        // until that session expires. The broker must keep trying for longer than that, or it gives up
        // and exits: the default, 60 s, was shorter than a 120 s session, so no such restart succeeded.
        p.put("initial.broker.registration.timeout.ms", String.valueOf(REGISTRATION_TIMEOUT_MS));
        // Topics come from Topics.create with their partitions and compaction, never by accident.
        p.put("auto.create.topics.enable", "false");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private void format() {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log folder " + logDir, e);
        }
    }

    private void waitUntilPortIsFree() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 200);
            } catch (IOException refused) {
                return;
            }
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
