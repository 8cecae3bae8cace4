package se.styrkort.platform.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What an operator watches of the outbox: how many events wait and how old the oldest is, as of the
 * relay's last sweep, and how many Kafka has acknowledged.
 */
@ApplicationScoped
class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private MeterRegistry registry;

    @Inject
    void register(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("styrkort.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka, as of the last sweep: the positions from the"
                        + " oldest unsent event to the newest, so also any position a rolled-back write took in between")
                .register(registry);
        Gauge.builder("styrkort.outbox.oldest.age", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest outbox event not yet acknowledged by Kafka, as of the last sweep")
                .baseUnit("seconds")
                .register(registry);
    }

    void backlog(UnsentEvents.Backlog backlog) {
        pending.set(backlog.pending());
        oldestAgeMillis.set(backlog.oldestAge().toMillis());
    }

    /**
     * Counts the events Kafka acknowledged by aggregate type ({@code type}), so that a dashboard shows
     * the status computations that changed a status ({@code indicator-status}, {@code goal-status}) and
     * the roll-ups apart from the rest.
     */
    void published(List<UnsentEvent> events) {
        Map<String, Integer> byType = new HashMap<>();
        for (UnsentEvent event : events) {
            byType.merge(aggregateType(event.eventType()), 1, Integer::sum);
        }
        byType.forEach((type, n) -> published.computeIfAbsent(type, t -> Counter.builder("styrkort.outbox.published")
                .description("Outbox events acknowledged by Kafka").tag("type", t).register(registry)).increment(n));
    }

    /** {@code plan} of {@code se.styrkort.plan.changed.v1}. */
    static String aggregateType(String eventType) {
        String rest = eventType.startsWith("se.styrkort.") ? eventType.substring("se.styrkort.".length()) : eventType;
        int end = rest.indexOf(".changed.");
        return end < 0 ? rest : rest.substring(0, end);
    }

    long pending() {
        return pending.get();
    }
}
