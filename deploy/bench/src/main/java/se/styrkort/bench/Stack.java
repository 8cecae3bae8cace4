package se.styrkort.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The local stack, started the way deploy/local/up starts it (same programs, same environment, pid files
 * in DATA/pids so that deploy/local/down stops it), with three differences a benchmark needs: a private
 * PostgreSQL cluster under DATA (the shared server keeps its demo data, every run starts empty), the
 * services started one after another so that each one's time to ready is its own, and the services run
 * from a copy of their quarkus-app folders, so that a rebuild elsewhere cannot change them mid-run.
 */
final class Stack {

    static final List<String> SERVICES = List.of("goals", "outcomes", "budget", "reporting");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final Options options;
    private final Path root;
    private final Path data;
    private final Path logs;
    private final Path pids;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Double> readySeconds = new LinkedHashMap<>();
    private final Map<String, Double> quarkusSeconds = new LinkedHashMap<>();
    /** How each service was started: its command, environment and folder, for a restart. */
    private final Map<String, Started> startedAs = new LinkedHashMap<>();
    private String pg;
    private boolean privatePg;
    private boolean statementStatistics;
    private boolean started;

    Stack(Options options) {
        this.options = options;
        this.root = options.root;
        this.data = options.data;
        this.logs = data.resolve("logs");
        this.pids = data.resolve("pids");
        int o = options.portOffset;
        ports.put("goals", 8081 + o);
        ports.put("outcomes", 8082 + o);
        ports.put("budget", 8083 + o);
        ports.put("reporting", 8084 + o);
        // The second instances of the scale-out figure (ScaleOut).
        ports.put("outcomes-2", 8085 + o);
        ports.put("reporting-2", 8086 + o);
        ports.put("oidc", 8180 + o);
        ports.put("kafka", 9092 + o);
        ports.put("controller", 9093 + o);
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String issuer() {
        return url("oidc") + "/styrkort";
    }

    String kafka() {
        return "127.0.0.1:" + ports.get("kafka");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pg + "/" + database;
    }

    String pgUser() {
        return Optional.ofNullable(System.getenv("STYRKORT_PG_USER")).filter(s -> !s.isBlank()).orElse("postgres");
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), pgUser(),
                Optional.ofNullable(System.getenv("STYRKORT_PG_PASSWORD")).orElse(""));
    }

    Map<String, Double> readySeconds() {
        return readySeconds;
    }

    Map<String, Double> quarkusSeconds() {
        return quarkusSeconds;
    }

    boolean privatePostgres() {
        return privatePg;
    }

    String postgres() {
        return pg;
    }

    /** Waits (bounded) while another stack holds the ports: nothing of anybody else's is stopped. */
    void awaitFreePorts() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.portWaitSeconds);
        while (true) {
            List<String> busy = ports.entrySet().stream().filter(e -> listening(e.getValue()))
                    .map(e -> e.getKey() + ":" + e.getValue()).toList();
            if (busy.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ports still taken after " + options.portWaitSeconds + " s: " + busy);
            }
            System.out.println("[bench] ports taken by another program " + busy + "; waiting 15 s");
            Thread.sleep(15_000);
        }
    }

    /** The user who reads a region's roll-ups: region-jh's demo viewer, or the viewer the run adds for another region. */
    static String viewerOf(String region) {
        return "region-jh".equals(region) ? Rollups.VIEWER : region.substring("region-".length()) + "-viewer";
    }

    /** The demo issuer's configuration with a viewer for each of the other regions, in the run's folder. */
    private Path issuerConfig() throws IOException {
        ObjectNode config = (ObjectNode) Http.JSON
                .readTree(root.resolve("deploy/local/dev-issuer/config.json").toFile());
        ArrayNode mappings = (ArrayNode) config
                .path("tokenCallbacks").get(0).path("requestMappings");
        // A viewer for every other region the many-region reads may ask as (OtherRegions).
        for (String region : OtherRegions.names(1, options.maxRegions() - 1)) {
            String user = viewerOf(region);
            ObjectNode m = mappings.addObject();
            m.put("requestParam", "username").put("match", user);
            m.putObject("claims").put("sub", user).put("preferred_username", user).put("org", region)
                    .<ObjectNode> set("groups", Http.JSON.createArrayNode().add("viewer"))
                    .set("aud", Http.JSON.createArrayNode().add("styrkort"));
        }
        Path file = data.resolve("dev-issuer.json");
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
    }

    void start() throws Exception {
        Files.createDirectories(logs);
        Files.createDirectories(pids);
        awaitFreePorts();
        started = true;
        startPostgres();
        spawn("kafka", List.of("java", "-cp", infraClasspath(), "se.styrkort.infra.LocalInfra", "kafka", "--data",
                data.resolve("kafka").toString(), "--port", String.valueOf(ports.get("kafka"))), Map.of());
        spawn("oidc", List.of("java", "-cp", root.resolve("deploy/local/dev-issuer/target/lib") + "/*",
                "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt"),
                Map.of("SERVER_PORT", String.valueOf(ports.get("oidc")), "SERVER_HOSTNAME", "127.0.0.1",
                        "JSON_CONFIG_PATH", issuerConfig().toString()));
        awaitLog("kafka", "READY", 90);
        Http http = new Http(issuer());
        awaitHttp(http, "oidc", issuer() + "/.well-known/openid-configuration", 60);
        for (String s : SERVICES) {
            Path app = copyApp(s);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(s)));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl("styrkort_" + s));
            env.put("QUARKUS_DATASOURCE_USERNAME", pgUser());
            Optional.ofNullable(System.getenv("STYRKORT_PG_PASSWORD"))
                    .ifPresent(p -> env.put("QUARKUS_DATASOURCE_PASSWORD", p));
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka());
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer());
            // As deploy/local/up starts them: the JDK and JVM options deploy/local/service-java gives, the same
            // allocator arenas.
            env.put("MALLOC_ARENA_MAX", "2");
            List<String> jvm = serviceJava(app);
            if (jvm.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="))) {
                train(s, app, jvm, env, http);
                jvm = serviceJava(app);
            }
            // Native memory tracking (summary level, a few percent of CPU) lets the memory figure say where it goes.
            List<String> command = new ArrayList<>(jvm);
            command.addAll(List.of("-XX:NativeMemoryTracking=summary", "-jar", "quarkus-run.jar"));
            startedAs.put(s, new Started(command, env, app));
            long t0 = System.nanoTime();
            spawn(s, command, env, app);
            awaitHttp(http, s, url(s) + "/q/health/ready", 120);
            readySeconds.put(s, (System.nanoTime() - t0) / 1e9);
            quarkusSeconds.put(s, quarkusStartSeconds(s));
            System.out.printf("[bench] %s ready in %.2f s%n", s, readySeconds.get(s));
        }
    }

    private record Started(List<String> command, Map<String, String> env, Path app) {
    }

    /**
     * Starts a second instance of a running service ({@code <service>-2}) as the first was started, from the
     * same app folder and against the same database and broker, on a port of its own: the seconds to ready.
     */
    double startSecond(String service) throws IOException, InterruptedException {
        Started as = startedAs.get(service);
        String name = service + "-2";
        Map<String, String> env = new LinkedHashMap<>(as.env());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(name)));
        long t0 = System.nanoTime();
        spawn(name, as.command(), env, as.app());
        awaitHttp(new Http(issuer()), name, url(name) + "/q/health/ready", 120);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Stops a second instance started by {@link #startSecond} (TERM to its session, as deploy/local/down does). */
    void stopSecond(String service) throws IOException, InterruptedException {
        String name = service + "-2";
        if (!Files.exists(pids.resolve(name + ".pid"))) {
            return;
        }
        try {
            stop(name, pid(name));
        } finally {
            Files.deleteIfExists(pids.resolve(name + ".pid"));
        }
    }

    /** TERM to the process's session, as deploy/local/down does; killed if it has not ended within 60 s. */
    private void stop(String name, long pid) throws IOException, InterruptedException {
        run(List.of("kill", "-TERM", "--", "-" + pid), Map.of(), logs.resolve("bench.log"));
        try {
            ProcessHandle.of(pid).ifPresent(p -> {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException | InterruptedException e) {
                    throw new IllegalStateException(name + " did not stop within 60 s", e);
                }
            });
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * Stops a running service (TERM, as deploy/local/down does) and starts it again as it was started, on the
     * schema and data it has by now: the seconds from the new process's start to its first ready answer.
     */
    double restart(String service) throws IOException, InterruptedException {
        Started as = startedAs.get(service);
        stop(service, pid(service));
        Http http = new Http(issuer());
        long t0 = System.nanoTime();
        spawn(service, as.command(), as.env(), as.app());
        awaitHttp(http, service, url(service) + "/q/health/ready", 120);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The java program and options deploy/local/service-java gives for an app folder (first the program):
     * with JDK 25 or later they name the app's ahead-of-time cache, or, without a valid one, make the start
     * its training run.
     */
    List<String> serviceJava(Path app) throws IOException, InterruptedException {
        return run(List.of(root.resolve("deploy/local/service-java").toString(), app.toString()), Map.of(),
                logs.resolve("bench.log")).lines().filter(l -> !l.isBlank()).toList();
    }

    /**
     * The training run of a service's ahead-of-time cache, before the start that is measured: started as
     * deploy/local/up would start it without a cache, until ready, then stopped; its JVM writes app.aot as it
     * exits. The cache goes back to the service's build folder too, where deploy/local/up and the next run
     * find it, unless that build changed meanwhile.
     */
    private void train(String service, Path app, List<String> jvm, Map<String, String> env, Http http)
            throws IOException, InterruptedException {
        String name = service + "-training";
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-XX:NativeMemoryTracking=summary", "-jar", "quarkus-run.jar"));
        long t0 = System.nanoTime();
        spawn(name, command, env, app);
        long pid = pid(name);
        try {
            awaitHttp(http, name, url(service) + "/q/health/ready", 180);
            System.out.printf("[bench] %s: training run of its ahead-of-time cache ready in %.2f s; stopping it%n",
                    service, (System.nanoTime() - t0) / 1e9);
            run(List.of("kill", "-TERM", "--", "-" + pid), Map.of(), logs.resolve("bench.log"));
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                process.get().onExit().get(240, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(service + " did not write its ahead-of-time cache within 240 s", e);
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(pids.resolve(name + ".pid"));
        }
        Path cache = app.resolve("app.aot");
        if (!Files.exists(cache)) {
            throw new IllegalStateException(
                    service + "'s training run wrote no app.aot (see " + logs.resolve(name + ".log") + ")");
        }
        System.out.printf("[bench] %s: ahead-of-time cache written (%d MiB), %.0f s after the training run began%n", service,
                Files.size(cache) >> 20, (System.nanoTime() - t0) / 1e9);
        Path from = options.services.resolve(service + "-service/target/quarkus-app");
        if (Files.getLastModifiedTime(from.resolve("quarkus-run.jar"))
                .equals(Files.getLastModifiedTime(app.resolve("quarkus-run.jar")))) {
            run(List.of("cp", "-a", cache.toString(), app.resolve("app.aot.java").toString(), from.toString()), Map.of(),
                    logs.resolve("bench.log"));
        }
    }

    /** deploy/local/down for our data folder: our pid files only, then the private cluster. */
    void stop() {
        if (!started || options.keep) {
            return;
        }
        started = false;
        try {
            Process p = new ProcessBuilder(root.resolve("deploy/local/down").toString(), "--data", data.toString())
                    .inheritIO().start();
            p.waitFor(120, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("[bench] deploy/local/down failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the component's process is still running. */
    boolean alive(String name) {
        try {
            return ProcessHandle.of(pid(name)).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether PostgreSQL keeps statement statistics (pg_stat_statements) for {@link PgStatements}. */
    boolean statementStatistics() {
        return statementStatistics;
    }

    /** The repository the stack's programs come from. */
    Path root() {
        return root;
    }

    /** The run's folder. */
    Path dataDir() {
        return data;
    }

    long pid(String name) {
        try {
            return Long.parseLong(Files.readString(pids.resolve(name + ".pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * VmRSS, VmHWM (peak), RssAnon and RssFile of a component, in MiB, from /proc/PID/status. File-backed
     * resident memory is mostly a JDK 25 service's ahead-of-time cache, mapped from app.aot: clean pages
     * the kernel can drop and re-read, shared by every process that maps the same file.
     */
    double[] memoryMiB(String name) throws IOException {
        Map<String, Long> kib = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid(name)), "status"))) {
            for (String field : List.of("VmRSS", "VmHWM", "RssAnon", "RssFile")) {
                if (line.startsWith(field + ":")) {
                    kib.put(field, Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        }
        return new double[] { kib.getOrDefault("VmRSS", -1024L) / 1024.0, kib.getOrDefault("VmHWM", -1024L) / 1024.0,
                kib.getOrDefault("RssAnon", -1024L) / 1024.0, kib.getOrDefault("RssFile", -1024L) / 1024.0 };
    }

    private void startPostgres() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        if (options.pg.isBlank()) {
            // A port nothing answers on: LocalInfra then makes a private cluster under DATA/postgres.
            env.put("STYRKORT_PG_URL", "127.0.0.1:" + freePort());
            privatePg = true;
        } else {
            env.put("STYRKORT_PG_URL", options.pg);
        }
        List<String> command = List.of("java", "-cp", infraClasspath(), "se.styrkort.infra.LocalInfra", "postgres",
                "--data", data.resolve("postgres").toString(), "--databases",
                "styrkort_goals,styrkort_outcomes,styrkort_budget,styrkort_reporting,styrkort_bench");
        String out = run(command, env, logs.resolve("postgres.log"));
        Matcher m = Pattern.compile("STYRKORT_PG_URL=(\\S+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("PostgreSQL: no STYRKORT_PG_URL from LocalInfra: " + out);
        }
        pg = m.group(1);
        if (privatePg && Files.isDirectory(data.resolve("postgres/cluster"))) {
            // 100 connections (the default) is too few for four pools of 20, the relays and 50 raw clients.
            try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
                st.execute("alter system set max_connections = 300");
                // Statement statistics (PgStatements) say which statements PostgreSQL's share of a figure went to.
                if (Files.exists(pgBin().getParent().resolve("lib/pg_stat_statements.so"))) {
                    st.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
                    statementStatistics = true;
                }
            }
            List<String> restart = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                restart.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            restart.addAll(List.of(pgBin().resolve("pg_ctl").toString(), "-D", data.resolve("postgres/cluster").toString(),
                    "-l", data.resolve("postgres/postgres.log").toString(), "-w", "-t", "60", "-m", "fast", "restart"));
            run(restart, Map.of(), logs.resolve("postgres.log"));
        } else {
            privatePg = false;
        }
        System.out.println("[bench] PostgreSQL at " + pg + (privatePg ? " (private cluster under " + data + "/postgres)" : ""));
    }

    private static Path pgBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max((a, b) -> Double.compare(version(a), version(b)))
                    .orElseThrow(() -> new IllegalStateException("no pg_ctl under /usr/lib/postgresql"));
        }
    }

    private static double version(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String infraClasspath() {
        return root.resolve("deploy/infra/target/classes") + File.pathSeparator + root.resolve("deploy/infra/target/lib")
                + "/*";
    }

    private Path copyApp(String service) throws IOException, InterruptedException {
        Path from = options.services.resolve(service + "-service/target/quarkus-app");
        Path to = data.resolve("apps/" + service);
        if (!Files.exists(from.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(from + "/quarkus-run.jar is missing; build it first (deploy/bench/run does)");
        }
        Files.createDirectories(to.getParent());
        run(List.of("cp", "-a", from.toString(), to.toString()), Map.of(), logs.resolve("bench.log"));
        return to;
    }

    /** Starts NAME in a session of its own, as up does, logging to DATA/logs/NAME.log; writes its pid file. */
    private void spawn(String name, List<String> command, Map<String, String> env) throws IOException {
        spawn(name, command, env, null);
    }

    /** As above, in the given working directory (null: the harness's). */
    private void spawn(String name, List<String> command, Map<String, String> env, Path directory) throws IOException {
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (directory != null) {
            pb.directory(directory.toFile());
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        Files.writeString(pids.resolve(name + ".pid"), p.pid() + "\n");
    }

    private void awaitLog(String name, String marker, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Path log = logs.resolve(name + ".log");
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)
                    && Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().anyMatch(l -> l.startsWith(marker))) {
                return;
            }
            checkAlive(name);
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + seconds + " s (see " + log + ")");
    }

    private void awaitHttp(Http http, String name, String url, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Integer status = http.status(url);
            if (status != null && status == 200) {
                return;
            }
            checkAlive(name);
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " not ready after " + seconds + " s (see " + logs.resolve(name + ".log") + ")");
    }

    private void checkAlive(String name) throws IOException {
        long pid = pid(name);
        if (!Files.exists(Path.of("/proc", String.valueOf(pid)))) {
            List<String> lines = Files.readAllLines(logs.resolve(name + ".log"), StandardCharsets.ISO_8859_1);
            throw new IllegalStateException(name + " exited during start; last lines: "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
    }

    private Double quarkusStartSeconds(String service) throws IOException {
        for (String line : Files.readAllLines(logs.resolve(service + ".log"), StandardCharsets.ISO_8859_1)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        return null;
    }

    private static String run(List<String> command, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out + " (log: " + log + ")");
        }
        return out;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
