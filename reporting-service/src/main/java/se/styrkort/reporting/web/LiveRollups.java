package se.styrkort.reporting.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import se.styrkort.platform.events.OutboxWritten;
import se.styrkort.platform.tenant.CurrentTenant;

/**
 * Tells the open pages of a plan that its roll-ups changed. Every change a roll-up could show raises
 * the plan's read version (rollup/RollupPublisher) in the transaction that applies it; the pages
 * being watched have their versions read again right after this service commits roll-up changes to
 * its outbox, and every couple of seconds besides, for a change that another instance of the service
 * applied. A page is told the new version only; it then fetches itself again.
 */
@ApplicationScoped
public class LiveRollups {

    private static final Logger LOG = Logger.getLogger(LiveRollups.class);

    private record Key(String tenant, UUID plan) {
    }

    private static final class Watch {
        final MultiEmitter<? super Long> emitter;
        volatile long version;

        Watch(MultiEmitter<? super Long> emitter, long version) {
            this.emitter = emitter;
            this.version = version;
        }
    }

    private final Map<Key, Set<Watch>> watches = new ConcurrentHashMap<>();
    private final AtomicBoolean checking = new AtomicBoolean();

    @Inject
    DataSource dataSource;

    @Inject
    CurrentTenant tenant;

    /** The plan's read version now (0 before its first change), for the caller's organization. */
    public long version(UUID plan) {
        Key key = new Key(tenant.get().orElseThrow(), plan);
        return versions(List.of(key)).getOrDefault(key, 0L);
    }

    /**
     * The plan's new read versions from the given one on: the version at once when it is already newer
     * than the page's, then each one after it; a comment every 25 s keeps the connection open.
     */
    public Multi<Long> changes(UUID plan, long seen) {
        Key key = new Key(tenant.get().orElseThrow(), plan);
        return Multi.createFrom().<Long> emitter(emitter -> {
            Watch w = new Watch(emitter, seen);
            watches.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(w);
            emitter.onTermination(() -> watches.computeIfPresent(key, (k, set) -> {
                set.remove(w);
                return set.isEmpty() ? null : set;
            }));
            check();
        });
    }

    /** After this service committed roll-up changes (the outbox holds nothing else here). */
    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (!watches.isEmpty()) {
            check();
        }
    }

    @Scheduled(every = "${styrkort.web.live-check-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        if (!watches.isEmpty()) {
            check();
        }
    }

    /** Reads the versions of every watched plan in one query and tells the pages behind. */
    void check() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        try {
            Map<Key, Long> now = versions(new ArrayList<>(watches.keySet()));
            watches.forEach((key, set) -> {
                long v = now.getOrDefault(key, 0L);
                for (Watch w : set) {
                    if (v > w.version) {
                        w.version = v;
                        w.emitter.emit(v);
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not read the watched plans' versions");
        } finally {
            checking.set(false);
        }
    }

    private Map<Key, Long> versions(List<Key> keys) {
        Map<Key, Long> found = new ConcurrentHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        StringBuilder sql = new StringBuilder("select tenant, plan_id, version from plan_read_version where ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(tenant = ? and plan_id = ?)");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Key k : keys) {
                ps.setString(i++, k.tenant());
                ps.setObject(i++, k.plan());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(new Key(rs.getString(1), (UUID) rs.getObject(2)), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read plan versions", e);
        }
        return found;
    }

    /** A keep-alive tick for the event stream. */
    static Multi<Long> ticks() {
        return Multi.createFrom().ticks().every(Duration.ofSeconds(25)).map(t -> -1L);
    }
}
