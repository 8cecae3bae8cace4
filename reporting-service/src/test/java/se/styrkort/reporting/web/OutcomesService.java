package se.styrkort.reporting.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import se.styrkort.testsupport.TestKafka;

/**
 * outcomes-service itself, from its built application (Maven builds it before this module), so the
 * recording forms write for real: to a database of its own on the test PostgreSQL server, with the
 * test Kafka broker and the dev issuer, on the port the web app's REST client is configured with.
 * What it publishes comes back to reporting-service over the broker, as in production.
 */
record OutcomesService(Process process, String adminUrl, String user, String database) implements AutoCloseable {

    static final Path APP = Path.of("..", "outcomes-service", "target", "quarkus-app").toAbsolutePath().normalize();

    static boolean built() {
        return Files.isRegularFile(APP.resolve("quarkus-run.jar"));
    }

    static OutcomesService start() throws Exception {
        Config config = ConfigProvider.getConfig();
        URI url = URI.create(config.getValue("quarkus.rest-client.outcomes.url", String.class));
        String jdbc = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String server = jdbc.substring(0, jdbc.lastIndexOf('/'));
        String database = "styrkort_outcomes_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(server + "/postgres", user, null); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("..", "deploy", "local", "service.jvm").toAbsolutePath().normalize(), "-jar", "quarkus-run.jar")
                .directory(APP.toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(url.getPort()));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", server + "/" + database);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", user);
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        pb.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", config.getValue("quarkus.oidc.web.auth-server-url", String.class));
        pb.redirectErrorStream(true).redirectOutput(Path.of("target", "outcomes-service.log").toFile());
        OutcomesService service = new OutcomesService(pb.start(), server + "/postgres", user, database);
        HttpClient http = HttpClient.newHttpClient();
        // Ready in seconds on a quiet machine; a build of several modules at once has taken three minutes.
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return service;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!service.process.isAlive() || System.nanoTime() > deadline) {
                service.close();
                throw new IllegalStateException("outcomes-service did not start; see target/outcomes-service.log");
            }
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, null); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            System.err.println("[OutcomesService] could not drop " + database + ": " + e.getMessage());
        }
    }
}
