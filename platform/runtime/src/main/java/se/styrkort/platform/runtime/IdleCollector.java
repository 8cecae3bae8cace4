package se.styrkort.platform.runtime;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Gives the heap a load grew back to the system once the service is idle.
 * <p>
 * The serial collector the services run with (deploy/local/service.jvm) promotes what outlives the
 * young generation and collects the old generation only when it is full, so after a load the heap
 * stays committed near its limit, most of it garbage: 100-140 MiB where some 30 MiB are alive
 * (BENCHMARKS.md, resident memory). Only a full collection shrinks it (MaxHeapFreeRatio) and returns the
 * memory. This runs one when the heap has grown by {@link #GROWTH} since the last, and no
 * collection at all has run for two checks in a row: so little is being allocated that nobody waits
 * on its pause.
 */
@ApplicationScoped
public class IdleCollector {

    private static final Logger LOG = Logger.getLogger(IdleCollector.class);

    /** Committed heap grown since the last idle collection that makes the next one worth its pause. */
    static final long GROWTH = 8L << 20;
    static final int QUIET_CHECKS = 2;

    @ConfigProperty(name = "styrkort.memory.collect-when-idle", defaultValue = "true")
    boolean enabled;

    private final LongSupplier collections;
    private final LongSupplier committed;
    private final Runnable collect;
    private Counter collected;

    private long lastCollections = -1;
    private int quietChecks;
    private long committedAfterLast;

    public IdleCollector() {
        this(IdleCollector::collectionsSoFar,
                () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(), System::gc,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit());
    }

    /** The JVM's count of collections so far, its committed heap, a full collection, the heap at start. */
    IdleCollector(LongSupplier collections, LongSupplier committed, Runnable collect, long committedAtStart) {
        this.collections = collections;
        this.committed = committed;
        this.collect = collect;
        this.committedAfterLast = committedAtStart;
    }

    @Inject
    void metrics(MeterRegistry registry) {
        collected = Counter.builder("styrkort.memory.idle.collections")
                .description("Full collections run while the service was idle, to give its heap back").register(registry);
    }

    @Scheduled(every = "${styrkort.memory.idle-check-every:5s}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (enabled) {
            collectIfIdle();
        }
    }

    /** Returns whether it collected. */
    synchronized boolean collectIfIdle() {
        long now = collections.getAsLong();
        quietChecks = now == lastCollections ? quietChecks + 1 : 0;
        lastCollections = now;
        long before = committed.getAsLong();
        if (quietChecks < QUIET_CHECKS || before < committedAfterLast + GROWTH) {
            return false;
        }
        collect.run();
        committedAfterLast = committed.getAsLong();
        // The collection just run is not a sign of work: the next checks count from it.
        lastCollections = collections.getAsLong();
        quietChecks = 0;
        if (collected != null) {
            collected.increment();
        }
        LOG.debugf("Idle: heap collected, committed %d -> %d MiB", before >> 20, committedAfterLast >> 20);
        return true;
    }

    private static long collectionsSoFar() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long n = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            n += Math.max(0, collector.getCollectionCount());
        }
        return n;
    }
}
