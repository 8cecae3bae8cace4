package se.styrkort.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Whether the Kafka broker answers, as last seen: a probe every {@code styrkort.health.broker-check-every}
 * (2 s) asks the cluster for its nodes with a short timeout and records the answer when it comes, so
 * that nothing that reads the state (the readiness check, the metrics) ever waits on the broker; two
 * probes missed in a row make it unreachable, since the first of them. A
 * broker that is away is no reason to stop taking writes (the outbox keeps them), so this only reports.
 * <p>
 * Metrics: {@code styrkort.kafka.reachable} (1 reachable, 0 not, -1 not probed yet) and
 * {@code styrkort.kafka.unreachable.seconds} (how long it has been away, 0 while it answers).
 */
@ApplicationScoped
public class BrokerConnection {

    private static final Logger LOG = Logger.getLogger(BrokerConnection.class);

    /** What the last probe found, since when, and why not where it failed. */
    public record State(Reach reach, Instant since, String error) {
    }

    public enum Reach {
        UNKNOWN,
        REACHABLE,
        UNREACHABLE
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "styrkort.health.broker-timeout", defaultValue = "PT2S")
    Duration timeout;

    /**
     * Probes missed in a row before the broker counts as away: one alone is often a starting JVM or a
     * busy machine (a service starting beside three others on two cores missed its first).
     */
    static final int MISSES = 2;

    Clock clock = Clock.systemUTC();
    private int misses;
    private Instant firstMiss;
    private volatile State state = new State(Reach.UNKNOWN, Instant.now(), null);
    private final AtomicBoolean probing = new AtomicBoolean();
    private Admin admin;

    @Inject
    void metrics(MeterRegistry registry) {
        Gauge.builder("styrkort.kafka.reachable", this, c -> switch (c.state.reach()) {
            case REACHABLE -> 1;
            case UNREACHABLE -> 0;
            case UNKNOWN -> -1;
        }).description("Whether the Kafka broker answered the last probe: 1 yes, 0 no, -1 not probed yet").register(registry);
        Gauge.builder("styrkort.kafka.unreachable.seconds", this, BrokerConnection::unreachableSeconds)
                .description(
                        "How long the Kafka broker has not answered (0 while it answers); writes wait in the outbox meanwhile")
                .register(registry);
    }

    public State state() {
        return state;
    }

    double unreachableSeconds() {
        State now = state;
        return now.reach() == Reach.UNREACHABLE ? Duration.between(now.since(), clock.instant()).toMillis() / 1000.0 : 0;
    }

    /**
     * Starts a probe unless one is still out; its answer (or its timeout, enforced by the admin
     * client) arrives on the client's own thread. The scheduler's thread never waits.
     */
    @Scheduled(every = "${styrkort.health.broker-check-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        if (!probing.compareAndSet(false, true)) {
            return;
        }
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).nodes()
                    .whenComplete((nodes, failure) -> {
                        probing.set(false);
                        if (failure == null && !nodes.isEmpty()) {
                            reached();
                        } else {
                            missed(failure == null ? "no broker in the cluster's answer" : describe(failure));
                        }
                    });
        } catch (RuntimeException e) {
            probing.set(false);
            missed(describe(e));
        }
    }

    synchronized void reached() {
        misses = 0;
        State before = state;
        if (before.reach() != Reach.REACHABLE) {
            state = new State(Reach.REACHABLE, clock.instant(), null);
            if (before.reach() == Reach.UNREACHABLE) {
                LOG.infof("Kafka at %s answers again, after %d s away", bootstrapServers,
                        Duration.between(before.since(), state.since()).toSeconds());
            }
        }
    }

    synchronized void missed(String error) {
        State before = state;
        if (before.reach() != Reach.UNREACHABLE) {
            if (misses++ == 0) {
                firstMiss = clock.instant();
            }
            if (misses < MISSES) {
                return;
            }
            state = new State(Reach.UNREACHABLE, firstMiss, error);
            LOG.warnf("Kafka at %s does not answer (%s); writes are kept in the outbox until it does", bootstrapServers, error);
        } else {
            state = new State(Reach.UNREACHABLE, before.since(), error);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "styrkort-health");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            // While the broker is away, try it again every second rather than backing off to a minute apart.
            props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
