package se.styrkort.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the infrastructure pieces of the local stack ({@code deploy/local/up}):
 *
 * <pre>
 *   postgres --data DIR --databases a,b,c   make sure a server answers and the databases exist;
 *                                            prints STYRKORT_PG_URL=host:port
 *   postgres-stop --data DIR                 stop the private cluster made in DIR, if any
 *   kafka --data DIR [--port 9092]           run the broker until stopped; prints READY when up
 * </pre>
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) {
        // The broker logs every config key at INFO; an operator wants warnings and our READY line.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        try {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: LocalInfra postgres|postgres-stop|kafka --data DIR ...");
            }
            List<String> options = Arrays.asList(args).subList(1, args.length);
            Path data = Path.of(option(options, "--data", null));
            switch (args[0]) {
                case "postgres" -> {
                    PostgresServer server = PostgresServer.locate(data);
                    for (String db : option(options, "--databases", "").split(",")) {
                        if (!db.isBlank()) {
                            server.ensureDatabase(db.trim());
                        }
                    }
                    System.out.println("STYRKORT_PG_URL=" + server.hostPort());
                }
                case "postgres-stop" -> PostgresServer.stopPrivateCluster(data);
                case "kafka" -> runKafka(data, Integer.parseInt(option(options, "--port", "9092")));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void runKafka(Path data, int port) {
        KafkaBroker broker = new KafkaBroker(data, port, port + 1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }));
        broker.start();
        System.out.println("READY bootstrap=" + broker.bootstrapServers() + " topics=" + Topics.EVENT_TOPICS);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String option(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        if (i >= 0 && i + 1 < options.size()) {
            return options.get(i + 1);
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
