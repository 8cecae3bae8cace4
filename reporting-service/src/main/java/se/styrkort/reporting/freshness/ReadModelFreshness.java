package se.styrkort.reporting.freshness;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the read model: always UP, because a read model that is behind still answers with
 * the data it has; the check's data says how far behind each topic is and, when any is more than
 * {@code styrkort.freshness.max-lag} records behind, that the answers are degraded, or, when a
 * consumer has stopped moving, that it is stalled (ReadModelConsumers, the liveness check, acts on it).
 */
@Readiness
@ApplicationScoped
public class ReadModelFreshness implements HealthCheck {

    static final String NAME = "read model freshness";

    @Inject
    ConsumerLag lag;

    @ConfigProperty(name = "styrkort.freshness.max-lag", defaultValue = "1000")
    long maxLag;

    @Override
    public HealthCheckResponse call() {
        Map<String, Long> lags = lag.lags();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(NAME).up()
                .withData("state", state(lags, lag.stalled().keySet(), maxLag))
                .withData("maxLag", maxLag);
        lags.forEach(answer::withData);
        return answer.build();
    }

    /**
     * stalled (naming the topics whose consumer has stopped; see ConsumerLag), degraded (naming the
     * topics that are behind), unknown (lag not measured yet) or current.
     */
    static String state(Map<String, Long> lags, Set<String> stalled, long maxLag) {
        if (!stalled.isEmpty()) {
            return "stalled: " + String.join(", ", stalled);
        }
        String behind = lags.entrySet().stream().filter(e -> e.getValue() > maxLag).map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        if (!behind.isEmpty()) {
            return "degraded: behind on " + behind;
        }
        return lags.values().stream().anyMatch(l -> l < 0) ? "unknown" : "current";
    }
}
