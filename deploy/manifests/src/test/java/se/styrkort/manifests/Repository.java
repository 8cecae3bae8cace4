package se.styrkort.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the files under test live: this module (deploy/manifests) and the repository around it. */
final class Repository {

    static final Path MODULE = locateModule();
    static final Path ROOT = MODULE.resolve("../..").normalize();
    static final Path KUBERNETES = MODULE.resolve("kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path COMPOSE = MODULE.resolve("compose");
    static final Path REALM = BASE.resolve("keycloak/styrkort-realm.json");
    static final Path DEMO_REALM = KUBERNETES.resolve("overlays/demo/styrkort-realm.json");
    static final Path DEV_ISSUER_CONFIG = ROOT.resolve("deploy/local/dev-issuer/config.json");

    private Repository() {
    }

    /** Surefire runs in the module folder; an IDE may run in the repository root. */
    private static Path locateModule() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate : List.of(dir, dir.resolve("deploy/manifests"))) {
            if (Files.isDirectory(candidate.resolve("kubernetes")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("deploy/manifests not found from " + dir);
    }

    /** The service modules: every folder NAME-service at the root with an application.properties. */
    static List<ServiceConfig> services() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<ServiceConfig> services = dirs
                    .filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.isRegularFile(d.resolve(ServiceConfig.PROPERTIES)))
                    .sorted()
                    .map(ServiceConfig::read)
                    .toList();
            if (services.isEmpty()) {
                throw new IllegalStateException("no *-service module under " + ROOT);
            }
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return ROOT.relativize(file.toAbsolutePath().normalize()).toString();
    }
}
