package se.styrkort.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Everything a Styrkort service test runs against, real and started here: a fresh PostgreSQL
 * database, the Kafka broker with its topics, and Quarkus' OIDC test server to verify tokens
 * from {@link Tokens}. Every service registers it the same way:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = StyrkortTestResources.class, initArgs = &#64;ResourceArg(name = "service", value = "goals"))
 * </pre>
 */
public class StyrkortTestResources implements QuarkusTestResourceLifecycleManager {

    private String service = "service";
    private TestPostgres postgres;
    private OidcWiremockTestResource oidc;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        postgres = new TestPostgres(service);
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("kafka.bootstrap.servers", TestKafka.start());
        oidc = new OidcWiremockTestResource();
        Map<String, String> oidcConfig = oidc.start();
        config.put("quarkus.oidc.auth-server-url", oidcConfig.get("keycloak.url") + "/realms/quarkus");
        return config;
    }

    @Override
    public void stop() {
        if (oidc != null) {
            oidc.stop();
        }
        TestKafka.shutdown();
        if (postgres != null) {
            postgres.drop();
        }
    }
}
