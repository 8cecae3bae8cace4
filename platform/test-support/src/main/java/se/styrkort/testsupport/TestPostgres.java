package se.styrkort.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import se.styrkort.infra.PostgresServer;

/**
 * A fresh database for one test run, on the machine's PostgreSQL server (or a private cluster
 * when none answers), dropped when the run ends.
 */
final class TestPostgres {

    private final Path home;
    private final PostgresServer server;
    private final String database;

    TestPostgres(String service) {
        try {
            home = Files.createTempDirectory("styrkort-pg");
            server = PostgresServer.locate(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = "styrkort_test_" + service.replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        server.ensureDatabase(database);
    }

    String jdbcUrl() {
        return server.jdbcUrl(database);
    }

    String user() {
        return server.user();
    }

    void drop() {
        server.dropDatabase(database);
        server.stop();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
