package se.styrkort.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;

import se.styrkort.infra.PostgresServer;

/**
 * The local stack as the README's first command starts it ({@code deploy/local/up --detach}, with the
 * demo data), on ports shifted by an offset where all of them are free and on databases of its own,
 * so that it runs beside a developer's stack, with tracing on, to the run's {@link OtlpCollector}. One
 * stack serves every test class of the run; it is stopped ({@code deploy/local/down}) and its
 * databases dropped when the run ends.
 */
final class LocalStack implements ExtensionContext.Store.CloseableResource {

    static final List<String> SERVICES = List.of("goals", "outcomes", "budget", "reporting");
    private static final Map<String, Integer> PORTS = Map.of("goals", 8081, "outcomes", 8082, "budget", 8083,
            "reporting", 8084, "oidc", 8180, "kafka", 9092, "controller", 9093);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);

    final Path root;
    final Path data;
    final int offset;
    final String dbSuffix;
    /** Where the services send their traces: the stack runs with tracing on, unlike a developer's. */
    final OtlpCollector traces;

    private LocalStack(Path root, Path data, int offset, String dbSuffix, OtlpCollector traces) {
        this.root = root;
        this.data = data;
        this.offset = offset;
        this.dbSuffix = dbSuffix;
        this.traces = traces;
    }

    /** The run's stack, started by the first test that asks for it. */
    static LocalStack of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LocalStack.class, k -> start(), LocalStack.class);
    }

    private static LocalStack start() {
        Path root = Path.of(System.getProperty("styrkort.root", "../..")).toAbsolutePath().normalize();
        try {
            Path data = Files.createTempDirectory("styrkort-acceptance");
            String suffix = "acc_" + UUID.randomUUID().toString().substring(0, 8);
            LocalStack stack = new LocalStack(root, data, freeOffset(), suffix, OtlpCollector.start());
            stack.up();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    int port(String name) {
        return PORTS.get(name) + offset;
    }

    String issuer() {
        return url("oidc") + "/styrkort";
    }

    String kafka() {
        return "127.0.0.1:" + port("kafka");
    }

    /**
     * Kills one component of the stack (kafka, oidc or a service) with SIGKILL, as an OOM kill or a
     * crash would: no shutdown hook runs. Its pid is the one {@code deploy/local/up} wrote.
     */
    void kill(String component) {
        try {
            long pid = Long.parseLong(Files.readString(data.resolve("pids/" + component + ".pid")).trim());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException(component + " (pid " + pid + ") is not running"));
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not kill " + component, e);
        }
    }

    /** Starts one component again with {@code deploy/local/restart}, which returns once it is ready. */
    void restart(String component) {
        output(List.of(root.resolve("deploy/local/restart").toString(), component, "--data", data.toString()),
                Duration.ofMinutes(4));
    }

    /** What {@code deploy/local/up} printed, for a failing test's message. */
    String upLog() {
        return read(data.resolve("up.log"));
    }

    private void up() {
        Process up = run(data.resolve("up.log"), List.of(root.resolve("deploy/local/up").toString(), "--detach",
                "--data", data.toString(), "--port-offset", Integer.toString(offset), "--db-suffix", dbSuffix));
        try {
            if (!up.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                up.destroyForcibly();
                close();
                throw new IllegalStateException("deploy/local/up did not return within " + START_TIMEOUT + ":\n" + upLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (up.exitValue() != 0) {
            String log = upLog();
            close();
            throw new IllegalStateException("deploy/local/up failed with exit code " + up.exitValue() + ":\n" + log);
        }
    }

    @Override
    public void close() {
        Process down = run(data.resolve("down.log"), List.of(root.resolve("deploy/local/down").toString(),
                "--data", data.toString()));
        try {
            down.waitFor(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A private cluster lives and dies in the data folder; on a shared server the databases go.
        if (!Files.exists(data.resolve("postgres/cluster"))) {
            PostgresServer server = PostgresServer.locate(data.resolve("postgres"));
            SERVICES.forEach(s -> server.dropDatabase("styrkort_" + s + "_" + dbSuffix));
        }
        keepLogs();
        deleteTree(data);
        traces.close();
    }

    /** The stack's logs outlive it in target/stack-logs, for whoever reads a failed run. */
    private void keepLogs() {
        Path logs = data.resolve("logs");
        Path kept = Path.of("target/stack-logs").toAbsolutePath();
        try (Stream<Path> files = Files.exists(logs) ? Files.list(logs) : Stream.empty()) {
            Files.createDirectories(kept);
            for (Path f : files.toList()) {
                Files.copy(f, kept.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            for (String f : List.of("up.log", "down.log")) {
                if (Files.exists(data.resolve(f))) {
                    Files.copy(data.resolve(f), kept.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            // Logs that cannot be kept are no reason to fail a run.
        }
    }

    /** Runs a command of the repository in the background, its output to {@code log}. */
    Process run(Path log, List<String> command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().put("STYRKORT_OIDC_URL", issuer());
            // The services start on the JDK deploy/local/up picks, without the ahead-of-time cache's training run:
            // its cache would be written at the stop of a build's only stack, some 30 s per service for nothing.
            pb.environment().put("STYRKORT_AOT", "off");
            // Tracing on, as in a region's cluster, to the run's own collector (OTLP over HTTP), the spans
            // batched for a second rather than five, so a test sees a trace soon after its roll-up.
            pb.environment().put("QUARKUS_OTEL_SDK_DISABLED", "false");
            pb.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint());
            pb.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
            pb.environment().put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s");
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command of the repository to its end and answers what it printed on standard output. */
    String output(List<String> command, Duration timeout) {
        Path out = data.resolve("cmd-" + UUID.randomUUID() + ".out");
        Process p = run(out, command);
        try {
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String text = read(out);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + text);
        }
        return text;
    }

    /** The first offset (in steps of 1000 from 20000) at which every port of the stack is free. */
    private static int freeOffset() {
        for (int offset = 20000; offset <= 50000; offset += 1000) {
            int o = offset;
            if (PORTS.values().stream().allMatch(p -> free(p + o))) {
                return offset;
            }
        }
        throw new IllegalStateException("no port offset with all of the stack's ports free");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            all.forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Temp files left behind are no reason to fail a run.
        }
    }
}
