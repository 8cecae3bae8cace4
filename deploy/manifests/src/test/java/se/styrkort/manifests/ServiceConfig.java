package se.styrkort.manifests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** A service's own configuration, src/main/resources/application.properties, as the manifests must follow it. */
record ServiceConfig(String module, Properties properties) {

    static final String PROPERTIES = "src/main/resources/application.properties";

    static ServiceConfig read(Path moduleDir) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(moduleDir.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(moduleDir.getFileName().toString(), properties);
    }

    String require(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(module + ": " + key + " is not set in " + PROPERTIES);
        }
        return value.trim();
    }

    String applicationName() {
        return require("quarkus.application.name");
    }

    int httpPort() {
        return Integer.parseInt(require("quarkus.http.port"));
    }

    /** The database name of quarkus.datasource.jdbc.url (jdbc:postgresql://host:port/NAME?params). */
    String databaseName() {
        return Jdbc.database(require("quarkus.datasource.jdbc.url"));
    }

    String eventsTopic() {
        return require("styrkort.events.topic");
    }

    /** Topics the service reads or dead-letters to through its incoming channels. */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.")
                    && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                topics.add(properties.getProperty(key).trim());
            }
        }
        return topics;
    }
}
