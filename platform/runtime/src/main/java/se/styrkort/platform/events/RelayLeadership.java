package se.styrkort.platform.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * Makes one relay instance per database the publisher: it holds a PostgreSQL session advisory
 * lock on a connection of its own (outside the pool, so the lock never lingers on a pooled
 * connection). When that instance dies, its connection closes, the lock is freed and another
 * instance takes over on its next sweep. One publisher keeps the order of the outbox.
 */
final class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    private static final long LOCK_KEY = 0x5379_726b_6f72_7401L;

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    RelayLeadership(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Whether this instance publishes now: it holds the lock, or has just taken it. */
    boolean hold() {
        try {
            if (connection != null && connection.isValid(2)) {
                return true;
            }
            close();
            Connection candidate = DriverManager.getConnection(url, user, password);
            try (Statement s = candidate.createStatement();
                    ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
                if (rs.next() && rs.getBoolean(1)) {
                    connection = candidate;
                    LOG.info("This instance now publishes the outbox");
                    return true;
                }
            }
            candidate.close();
            return false;
        } catch (SQLException e) {
            LOG.warnf("Cannot take the outbox relay lock: %s", e.getMessage());
            close();
            return false;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the relay lock connection failed", e);
            }
            connection = null;
        }
    }
}
