package se.styrkort.platform.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Which failures a consumer tries again before an event goes to the dead-letter topic. */
class IdempotentConsumerTest {

    @Test
    void conflictsDeadlocksAndLostConnectionsAreTriedAgain() {
        assertTrue(IdempotentConsumer.isTransient(new PersistenceException("flush",
                new SQLException("deadlock detected", "40P01"))));
        assertTrue(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertTrue(IdempotentConsumer.isTransient(new SQLException("connection lost", "08006")));
        assertTrue(IdempotentConsumer.isTransient(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(IdempotentConsumer.isTransient(new IllegalStateException(new OptimisticLockException("row changed"))));
    }

    @Test
    void badEventsAndConstraintViolationsAreNot() {
        assertFalse(IdempotentConsumer.isTransient(new MalformedEventException("state.name: missing")));
        assertFalse(IdempotentConsumer.isTransient(new PersistenceException("insert",
                new SQLException("duplicate key value", "23505"))));
        assertFalse(IdempotentConsumer.isTransient(new IllegalArgumentException("no such plan")));
        assertFalse(IdempotentConsumer.isTransient(new SQLException("no state")));
    }
}
