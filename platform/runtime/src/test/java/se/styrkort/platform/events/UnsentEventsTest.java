package se.styrkort.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Reading the unsent rows: the relay's next batch in the order the rows were written, and the backlog. */
@QuarkusTest
@TestProfile(RelayIdle.class)
class UnsentEventsTest {

    @Inject
    UnsentEvents unsent;

    @BeforeEach
    void emptyOutbox() {
        OutboxRows.clear();
    }

    @Test
    void theNextBatchIsTheOldestRowsInTheOrderTheyWereWritten() {
        long a0 = OutboxRows.insert(RelayTopic.NAME, "unsent-a", 0, "{\"v\":0}", Instant.now());
        long b0 = OutboxRows.insert(RelayTopic.NAME, "unsent-b", 0, "{\"v\":0}", Instant.now());
        long a1 = OutboxRows.insert(RelayTopic.NAME, "unsent-a", 1, "{\"v\":1}", Instant.now());
        OutboxRows.insert(RelayTopic.NAME, "unsent-b", 1, "{\"v\":1}", Instant.now());

        List<UnsentEvent> batch = unsent.first(3);

        assertThat(batch).extracting(UnsentEvent::position).containsExactly(a0, b0, a1);
        assertThat(batch).extracting(UnsentEvent::aggregateId).containsExactly("unsent-a", "unsent-b", "unsent-a");
        UnsentEvent first = batch.get(0);
        assertThat(first.topic()).isEqualTo(RelayTopic.NAME);
        assertThat(first.tenant()).isEqualTo("region-jh");
        assertThat(first.eventType()).isEqualTo("se.styrkort.plan.changed.v1");
        assertThat(first.payload()).isEqualTo("{\"v\":0}");
        assertThat(first.id()).isNotBlank();
        assertThat(first.occurredAt()).isNotNull();
        assertThat(unsent.first(10)).hasSize(4);
    }

    @Test
    void anEmptyOutboxHasNoBacklog() {
        assertThat(unsent.first(10)).isEmpty();
        assertThat(unsent.backlog()).isEqualTo(UnsentEvents.Backlog.NONE);
    }

    @Test
    void theBacklogSpansTheUnsentPositionsAndIsAsOldAsItsOldestRow() {
        long first = OutboxRows.insert(RelayTopic.NAME, "backlog-a", 0, "{}", Instant.now().minusSeconds(120));
        OutboxRows.insert(RelayTopic.NAME, "backlog-a", 1, "{}", Instant.now().minusSeconds(30));
        long last = OutboxRows.insert(RelayTopic.NAME, "backlog-b", 0, "{}", Instant.now());

        UnsentEvents.Backlog backlog = unsent.backlog();

        assertThat(backlog.pending()).isEqualTo(last - first + 1).isEqualTo(3);
        assertThat(backlog.oldestAge()).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(180));
    }
}
