package se.styrkort.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.styrkort.platform.tenant.TenantContext;

/** Moving acknowledged rows to outbox_sent, and deleting them once they are old enough. */
@QuarkusTest
@TestProfile(RelayIdle.class)
class SentEventsTest {

    @Inject
    SentEvents sent;

    @BeforeEach
    void emptyOutbox() {
        OutboxRows.clear();
    }

    @Test
    void exactlyTheAcknowledgedRowsMoveAndKeepWhatWasWritten() {
        long a = OutboxRows.insert(RelayTopic.NAME, "sent-1", 0, "{\"v\":0}", Instant.now());
        long b = OutboxRows.insert(RelayTopic.NAME, "sent-1", 1, "{\"v\":1}", Instant.now());
        long c = OutboxRows.insert(RelayTopic.NAME, "sent-1", 2, "{\"v\":2}", Instant.now());

        sent.moveToSent(List.of(a, b));

        assertThat(OutboxRows.positions("outbox_event", "sent-1")).containsExactly(c);
        assertThat(OutboxRows.positions("outbox_sent", "sent-1")).containsExactly(a, b);
        Object[] row = TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> (Object[]) OutboxEvent.getEntityManager().createNativeQuery(
                        "select payload, aggregate_version, sent_at from outbox_sent where position = ?1")
                        .setParameter(1, b).getSingleResult()));
        assertThat(row[0]).isEqualTo("{\"v\":1}");
        assertThat(((Number) row[1]).longValue()).isEqualTo(1);
        assertThat(row[2]).isNotNull();

        sent.moveToSent(List.of());
        sent.moveToSent(List.of(a));
        assertThat(OutboxRows.positions("outbox_sent", "sent-1")).as("moving again changes nothing").containsExactly(a, b);
    }

    @Test
    void onlyRowsSentBeforeTheCutOffAreDeleted() {
        long old = OutboxRows.insert(RelayTopic.NAME, "sent-2", 0, "{}", Instant.now());
        sent.moveToSent(List.of(old));
        TenantContext.call(TenantContext.NONE, () -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.getEntityManager().createNativeQuery(
                        "update outbox_sent set sent_at = now() - interval '8 days' where position = ?1")
                        .setParameter(1, old).executeUpdate()));
        long recent = OutboxRows.insert(RelayTopic.NAME, "sent-2", 1, "{}", Instant.now());
        sent.moveToSent(List.of(recent));

        int deleted = sent.deleteSentBefore(OffsetDateTime.now().minusDays(7));

        assertThat(deleted).isEqualTo(1);
        assertThat(OutboxRows.positions("outbox_sent", "sent-2")).containsExactly(recent);
    }
}
