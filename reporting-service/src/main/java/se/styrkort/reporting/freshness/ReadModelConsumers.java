package se.styrkort.reporting.freshness;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the read model's consumers: DOWN when a consumer has had records to go and committed
 * none for {@code styrkort.freshness.restart-after} (10 minutes by default). A consumer that stops
 * raises no error anywhere, and the read model would silently fall behind; restarted, the service
 * takes up each topic from its committed offsets, and the idempotent consumer skips what it had
 * applied. A broker that cannot be reached does not count (ConsumerLag), so an outage of Kafka does
 * not restart the services one after another.
 */
@Liveness
@ApplicationScoped
public class ReadModelConsumers implements HealthCheck {

    static final String NAME = "read model consumers";

    @Inject
    ConsumerLag lag;

    @ConfigProperty(name = "styrkort.freshness.restart-after", defaultValue = "PT10M")
    Duration restartAfter;

    @Override
    public HealthCheckResponse call() {
        return answer(lag.stalled(), restartAfter);
    }

    static HealthCheckResponse answer(Map<String, Duration> stalled, Duration restartAfter) {
        boolean stuck = stalled.values().stream().anyMatch(d -> d.compareTo(restartAfter) >= 0);
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(NAME).status(!stuck)
                .withData("restartAfterSeconds", restartAfter.toSeconds());
        stalled.forEach((topic, d) -> answer.withData(topic, "stalled for " + d.toSeconds() + " s"));
        return answer.build();
    }
}
