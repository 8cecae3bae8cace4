package se.styrkort.platform.health;

import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import se.styrkort.platform.events.OutboxRelay;

/**
 * Readiness as to Kafka: always UP, because a service whose broker is away still takes every write
 * (its outbox keeps the events until the broker is back) and answers every read. The check's data
 * says so: {@code state} is {@code degraded} and {@code kafka} says since when the broker has not
 * answered, with the events waiting in the outbox. It reads what {@link BrokerConnection} last saw
 * and never waits on the broker, so readiness answers at once in every state.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    public static final String NAME = "kafka broker";

    @Inject
    BrokerConnection broker;

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        BrokerConnection.State now = broker.state();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named(NAME).up()
                .withData("outboxPending", relay.pending());
        switch (now.reach()) {
            case REACHABLE -> answer.withData("state", "current").withData("kafka", "reachable");
            case UNKNOWN -> answer.withData("state", "unknown").withData("kafka", "not probed yet");
            case UNREACHABLE -> answer.withData("state", "degraded: events wait in the outbox until the broker is back")
                    .withData("kafka", "unreachable since " + DateTimeFormatter.ISO_INSTANT.format(now.since()))
                    .withData("error", String.valueOf(now.error()));
        }
        return answer.build();
    }
}
