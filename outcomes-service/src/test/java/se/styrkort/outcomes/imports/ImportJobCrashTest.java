package se.styrkort.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.testsupport.StyrkortTestResources;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;
import se.styrkort.testsupport.Tokens;

/**
 * An import job survives a SIGKILL of the service: outcomes-service runs from its packaged
 * application as a process of its own (java -jar, with the local stack's JVM options, so a heap of
 * 160 MiB), takes a large CSV as a job, is killed with SIGKILL once the job has committed a third of
 * its rows, and is started again; the job is taken up from its last committed chunk and ends with
 * every row written, published and reported exactly once.
 * <p>
 * It runs in the {@code integration-test} phase, after the application is packaged (the surefire
 * execution {@code packaged-service}), with {@code styrkort.crash-test.rows} rows: 6 000 by default;
 * the full size, a million rows, with {@code -Dstyrkort.crash-test.rows=1000000}.
 */
class ImportJobCrashTest {

    private static final Path APP = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int rows = Integer.getInteger("styrkort.crash-test.rows", 6_000);
    private Map<String, String> config;
    private URI base;
    private String jdbc;
    private String user;

    @Test
    void aJobSurvivesAKillOfTheServiceAndWritesEveryRowOnce() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("styrkort.packaged-service"),
                "runs against the packaged application, in the integration-test phase");
        assertThat(APP.resolve("quarkus-run.jar")).isRegularFile();
        StyrkortTestResources resources = new StyrkortTestResources();
        resources.init(Map.of("service", "outcomes_crash"));
        config = resources.start();
        jdbc = config.get("quarkus.datasource.jdbc.url");
        user = config.get("quarkus.datasource.username");
        Process service = null;
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            base = URI.create("http://127.0.0.1:" + port);
            service = start(port, "first");

            // The region's structure as goals-service publishes it: 70 org units, 100 indicators in a plan for 2020–2025.
            List<UUID> units = new ArrayList<>();
            List<UUID> indicators = new ArrayList<>();
            UUID owner = publish("org-unit", Map.of("name", "Regionstyrelsen", "kind", "UNIT", "retired", false));
            UUID plan = publish("plan", Map.of("name", "Verksamhetsplan", "fromYear", 2020, "toYear", 2025, "status",
                    "ADOPTED", "ownerUnitId", owner));
            UUID goal = publish("goal", Map.of("planId", plan, "ownerUnitId", owner, "title", "Mål", "genderSplit", false));
            for (int i = 0; i < 70; i++) {
                units.add(publish("org-unit", Map.of("name", "Enhet " + i, "kind", "UNIT", "retired", false)));
            }
            for (int i = 0; i < 100; i++) {
                indicators.add(publish("indicator", Map.of("goalId", goal, "name", "Indikator " + i)));
            }
            awaitReplicated(units.size() + indicators.size() + 3);

            String key = UUID.randomUUID().toString();
            HttpResponse<String> accepted = submit(indicators, units, key);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String location = accepted.headers().firstValue("Location").orElseThrow();

            // Progress shows while it runs; the kill comes once a third of the rows are committed.
            long seen = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (seen < rows / 3) {
                JsonNode job = job(location);
                assertThat(job.path("rowsRead").asLong()).isGreaterThanOrEqualTo(seen);
                assertThat(job.path("state").asText()).isIn("QUEUED", "RUNNING");
                seen = job.path("rowsRead").asLong();
                assertThat(System.nanoTime()).as("progress before the deadline").isLessThan(deadline);
                Thread.sleep(200);
            }
            service.destroyForcibly().waitFor();
            long atKill = query("select rows_done from import_job");
            assertThat(atKill).isLessThan(rows);

            service = start(port, "second");
            // Sent again after the crash, with the same key: the same job, nothing doubled.
            HttpResponse<String> again = submit(indicators, units, key);
            assertThat(again.statusCode()).isEqualTo(202);
            assertThat(again.headers().firstValue("Location")).contains(location);

            JsonNode done = job(location);
            while (!done.path("state").asText().equals("DONE")) {
                assertThat(done.path("state").asText()).isIn("QUEUED", "RUNNING");
                assertThat(System.nanoTime()).as("done before the deadline").isLessThan(deadline);
                Thread.sleep(500);
                done = job(location);
            }
            assertThat(done.path("rows").asLong()).isEqualTo(rows);
            assertThat(done.path("rowsRead").asLong()).isEqualTo(rows);
            // A row written twice would be UNCHANGED the second time; every one was new.
            assertThat(done.path("accepted").asLong()).isEqualTo(rows);
            assertThat(done.path("unchanged").asLong() + done.path("revised").asLong() + done.path("rejected").asLong())
                    .isZero();
            assertThat(query("select count(*) from measurement")).isEqualTo(rows);
            assertThat(query("select count(*) from measurement where version <> 0")).isZero();
            assertThat(query("select (select count(*) from outbox_event where event_type like '%.measurement.%')"
                    + " + (select count(*) from outbox_sent where event_type like '%.measurement.%')")).isEqualTo(rows);
            // The report has every row once: its pieces cover 1..rows without overlap.
            assertThat(query("select sum(last_row - first_row + 1) from import_job_report")).isEqualTo(rows);
            assertThat(query("select count(*) from import_job_report a join import_job_report b"
                    + " on a.first_row < b.first_row and a.last_row >= b.first_row")).isZero();
            assertThat(query("select max(last_row) from import_job_report")).isEqualTo(rows);
            JsonNode last = get(location + "/results?page=" + (rows - 1) / 1000 + "&size=1000");
            assertThat(last.path("items").get(last.path("items").size() - 1).path("row").asLong()).isEqualTo(rows);
            assertThat(query("select count(*) from import_job_body")).isZero();
            System.out.printf("[ImportJobCrashTest] %d rows; killed at %d committed; done%n", rows, atKill);
        } finally {
            if (service != null) {
                service.destroyForcibly().waitFor();
            }
            resources.stop();
        }
    }

    private Process start(int port, String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("..", "deploy", "local", "service.jvm").toAbsolutePath().normalize(), "-jar", "quarkus-run.jar")
                .directory(APP.toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", user);
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", config.get("kafka.bootstrap.servers"));
        pb.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", config.get("quarkus.oidc.auth-server-url"));
        // A short lease, so that the restarted process takes the job up within seconds.
        pb.environment().put("STYRKORT_IMPORTS_JOB_LEASE", "PT3S");
        pb.redirectErrorStream(true).redirectOutput(Path.of("target", "import-job-crash-" + name + ".log").toFile());
        Process process = pb.start();
        // Ready in seconds on a quiet machine; a build of several modules at once has taken three minutes.
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("outcomes-service did not start; see target/import-job-crash-" + name + ".log");
            }
            Thread.sleep(500);
        }
    }

    private static UUID publish(String type, Map<String, Object> state) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> full = new java.util.HashMap<>(state);
        full.put("id", id);
        full.put("version", 0);
        ProducerRecord<String, String> record = TestEvents.event("styrkort.goals", type, "region-jh", id.toString(), 0,
                "CREATED", JSON.writeValueAsString(full));
        TestKafka.companion().produceStrings().fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(30));
        return id;
    }

    private void awaitReplicated(int events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (query("select count(*) from applied_event where consumer = 'outcomes'") < events) {
            assertThat(System.nanoTime()).as("the goals events applied").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** The CSV, generated as it is sent: 100 indicators × 70 units × 72 months × 2 value kinds, each row a new measurement. */
    private HttpResponse<String> submit(List<UUID> indicators, List<UUID> units, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/imports"))
                .header("Authorization", Tokens.bearer("jh-feed")).header("Content-Type", "text/csv")
                .header("Prefer", "respond-async").header("Idempotency-Key", key).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv(indicators, units))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private InputStream csv(List<UUID> indicators, List<UUID> units) {
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int row;
            private boolean header = true;

            @Override
            public boolean hasMoreElements() {
                return header || row < rows;
            }

            @Override
            public InputStream nextElement() {
                StringBuilder part = new StringBuilder();
                if (header) {
                    header = false;
                    part.append("indicatorId;orgUnitId;period;valueKind;total;sourceSystem\r\n");
                }
                for (int n = 0; n < 10_000 && row < rows; n++, row++) {
                    int i = row;
                    String period = (2020 + i % 72 / 12) + "-" + String.format("%02d", i % 12 + 1);
                    i /= 72;
                    String kind = i % 2 == 0 ? "PERIOD" : "ACCUMULATED";
                    i /= 2;
                    UUID unit = units.get(i % units.size());
                    i /= units.size();
                    UUID indicator = indicators.get(i % indicators.size());
                    part.append(indicator).append(';').append(unit).append(';').append(period).append(';').append(kind)
                            .append(';').append(row % 1000).append(",5;Lönesystemet\r\n");
                }
                return new java.io.ByteArrayInputStream(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }

    private JsonNode job(String location) throws Exception {
        return get(location);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", Tokens.bearer("jh-feed")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, user, null);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
