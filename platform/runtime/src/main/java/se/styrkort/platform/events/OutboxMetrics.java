package se.styrkort.platform.events;

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
    private Counter published;

    @Inject
    void register(MeterRegistry registry) {
        published = Counter.builder("styrkort.outbox.published").description("Outbox events acknowledged by Kafka")
                .register(registry);
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

    void published(int events) {
        published.increment(events);
    }

    long pending() {
        return pending.get();
    }
}
