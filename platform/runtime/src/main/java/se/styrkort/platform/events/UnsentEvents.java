package se.styrkort.platform.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.platform.tenant.TenantContext;

/**
 * The outbox's unsent rows ({@code outbox_event}), read in the order they were written: the relay's
 * next batch, and the size and age of the backlog.
 */
@ApplicationScoped
class UnsentEvents {

    /** The backlog: how many positions lie between the oldest unsent row and the newest, and the oldest's age. */
    record Backlog(long pending, Duration oldestAge) {

        static final Backlog NONE = new Backlog(0, Duration.ZERO);
    }

    /**
     * The first unsent rows in position order, read with JDBC: the relay only copies them into
     * records, and reading them as read-only entities was half of its CPU during an import.
     */
    List<UnsentEvent> first(int limit) {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
                    List<UnsentEvent> rows = new ArrayList<>(limit);
                    try (PreparedStatement select = connection.prepareStatement("""
                            select position, id, tenant, topic, aggregate_id, event_type, payload, occurred_at,
                                   traceparent
                            from outbox_event order by position limit ?""")) {
                        select.setInt(1, limit);
                        try (ResultSet row = select.executeQuery()) {
                            while (row.next()) {
                                rows.add(new UnsentEvent(row.getLong(1), row.getString(2), row.getString(3),
                                        row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                                        row.getObject(8, OffsetDateTime.class), row.getString(9)));
                            }
                        }
                    }
                    return rows;
                })));
    }

    /**
     * The backlog, from the primary key's two ends rather than row by row: {@code outbox_event} is a
     * queue whose deleted rows wait for vacuum, and counting them every second took 90 ms a call
     * during an import. A position a rolled-back write took in between counts too.
     */
    Backlog backlog() {
        return TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
                    try (PreparedStatement select = connection.prepareStatement(
                            """
                                    select coalesce(max(position) - min(position) + 1, 0),
                                           (select extract(epoch from clock_timestamp() - occurred_at) from outbox_event order by position limit 1)
                                    from outbox_event""");
                            ResultSet row = select.executeQuery()) {
                        row.next();
                        long pending = row.getLong(1);
                        double ageSeconds = row.getDouble(2);
                        return pending == 0 ? Backlog.NONE
                                : new Backlog(pending, Duration.ofMillis(Math.max(0, Math.round(ageSeconds * 1000))));
                    }
                })));
    }
}
