package se.styrkort.reporting;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The local stack's OIDC issuer (deploy/local/dev-issuer, NAV's mock-oauth2-server with the demo
 * users), run as its own process for the web app's login: the browser tests log in through its
 * login form with the authorization code flow, as a person does locally. The bearer API's tests
 * keep Quarkus' OIDC test server. The issuer's jars are copied by its module's build, which Maven
 * runs before this one; without them the web tenant is switched off and the browser tests say so.
 * It also picks the port the browser tests start outcomes-service on, which the web app writes to.
 */
public class DevIssuer implements QuarkusTestResourceLifecycleManager {

    public static final Path HOME = Path.of("..", "deploy", "local", "dev-issuer").toAbsolutePath().normalize();
    private static volatile String url;
    private Process process;

    /** The issuer's URL, or null when it is not running. */
    public static String url() {
        return url;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        Path lib = HOME.resolve("target").resolve("lib");
        if (!Files.isDirectory(lib)) {
            System.err
                    .println("[DevIssuer] " + lib + " is missing (build deploy/local/dev-issuer first): the web login is off");
            config.put("quarkus.oidc.web.tenant-enabled", "false");
            return config;
        }
        try {
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-cp", lib + File.separator + "*", "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt");
            pb.environment().put("SERVER_PORT", Integer.toString(port));
            pb.environment().put("SERVER_HOSTNAME", "127.0.0.1");
            pb.environment().put("JSON_CONFIG_PATH", HOME.resolve("config.json").toString());
            pb.redirectErrorStream(true).redirectOutput(Path.of("target", "dev-issuer.log").toFile());
            process = pb.start();
            String issuer = "http://127.0.0.1:" + port + "/styrkort";
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try {
                    HttpResponse<Void> r = http
                            .send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The dev issuer did not start; see target/dev-issuer.log");
                }
                Thread.sleep(200);
            }
            url = issuer;
            config.put("quarkus.oidc.web.auth-server-url", issuer);
            // Where the browser tests start outcomes-service (web/OutcomesService) for the recording forms.
            config.put("quarkus.rest-client.outcomes.url", "http://127.0.0.1:" + freePort());
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        url = null;
        if (process != null) {
            process.destroy();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
