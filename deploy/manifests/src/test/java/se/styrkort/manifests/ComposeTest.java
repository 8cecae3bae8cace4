package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The compose file hangs together: databases, dependencies, mounted files, images and the issuer. */
class ComposeTest {

    static final Path INIT_SQL = Repository.COMPOSE.resolve("postgres/init-databases.sql");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?im)^\\s*CREATE\\s+DATABASE\\s+(\\w+)\\s*;");

    final Compose compose = new Compose();

    @Test
    void postgresCreatesTheDatabaseOfEveryServiceAndOfKeycloak() throws IOException {
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE_DATABASE.matcher(Files.readString(INIT_SQL, StandardCharsets.UTF_8));
        while (m.find()) {
            assertTrue(created.add(m.group(1)), m.group(1) + " twice");
        }
        Set<String> needed = new TreeSet<>();
        Repository.services().forEach(s -> needed.add(s.databaseName()));
        needed.add(Jdbc.database(Compose.environment(compose.service("keycloak")).get("KC_DB_URL")));
        assertEquals(needed, created);
        assertTrue(compose.service("postgres").path("volumes").toString()
                .contains("./postgres/init-databases.sql:/docker-entrypoint-initdb.d/"));
    }

    @Test
    void dependenciesAndMountedFilesExist() {
        Iterator<String> names = compose.serviceNames();
        int count = 0;
        while (names.hasNext()) {
            String name = names.next();
            count++;
            JsonNode service = compose.service(name);
            assertTrue(service.has("image"), name + " names its image");
            service.path("depends_on").fieldNames().forEachRemaining(compose::service);
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertTrue(Files.exists(Repository.COMPOSE.resolve(source)), name + " mounts " + source);
                } else {
                    assertTrue(compose.root.path("volumes").has(source), name + ": volume " + source + " is not declared");
                }
            }
            JsonNode build = service.path("build");
            if (!build.isMissingNode()) {
                Path context = Repository.COMPOSE.resolve(build.path("context").asText()).normalize();
                assertEquals(Repository.ROOT, context, name + " builds from the repository root");
                assertTrue(Files.isRegularFile(context.resolve(build.path("dockerfile").asText())), name + " dockerfile");
            }
        }
        assertEquals(8, count, "postgres, kafka, kafka-topics, keycloak and the four services");
    }

    @Test
    void keycloakImportsTheRealmAndIssuesForTheHost() {
        JsonNode keycloak = compose.service("keycloak");
        assertTrue(keycloak.path("command").toString().contains("--import-realm"));
        String mount = null;
        for (JsonNode volume : keycloak.path("volumes")) {
            if (volume.asText().contains("/opt/keycloak/data/import/")) {
                mount = volume.asText().split(":")[0];
            }
        }
        assertEquals(Repository.DEMO_REALM, Repository.COMPOSE.resolve(String.valueOf(mount)).normalize(),
                "the demo realm mounted");
        Map<String, String> env = Compose.environment(keycloak);
        String published = Compose.ports(keycloak).get(0).split(":")[0];
        assertEquals("http://localhost:" + published, env.get("KC_HOSTNAME"), "tokens name the host's URL as issuer");
        assertEquals("true", env.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"), "the services reach Keycloak by its service name");
    }

    @Test
    void theDockerfileRunsAServicesQuarkusBuild() throws IOException {
        String dockerfile = Files.readString(Repository.COMPOSE.resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertTrue(dockerfile.contains("ARG SERVICE"));
        for (String part : new String[] { "lib/", "*.jar", "app/", "quarkus/" }) {
            assertTrue(dockerfile.contains("${SERVICE}/target/quarkus-app/" + part), part);
        }
        assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
        String ignore = Files.readString(Repository.COMPOSE.resolve("Dockerfile.dockerignore"), StandardCharsets.UTF_8);
        for (ServiceConfig service : Repository.services()) {
            assertTrue(ignore.contains("!" + service.module() + "/target/quarkus-app/"),
                    service.module() + " is in the build context");
        }
        assertFalse(ignore.isBlank());
    }
}
