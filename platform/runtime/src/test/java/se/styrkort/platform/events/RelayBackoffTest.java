package se.styrkort.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** When a refused batch is sent again. */
class RelayBackoffTest {

    private final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
    private final RelayBackoff backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

    @Test
    void nothingRefusedNothingWaits() {
        assertThat(backoff.maySend(t0)).isTrue();
        assertThat(backoff.pause()).isZero();
    }

    @Test
    void eachRefusalInARowWaitsTwiceAsLongUpToTheCeiling() {
        backoff.refused(t0);
        assertThat(backoff.maySend(t0.plusMillis(999))).isFalse();
        assertThat(backoff.maySend(t0.plusSeconds(1))).isTrue();

        backoff.refused(t0);
        assertThat(backoff.pause()).isEqualTo(Duration.ofSeconds(2));
        backoff.refused(t0);
        assertThat(backoff.pause()).isEqualTo(Duration.ofSeconds(4));
        backoff.refused(t0);
        assertThat(backoff.pause()).isEqualTo(Duration.ofSeconds(5));
        backoff.refused(t0);
        assertThat(backoff.pause()).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.maySend(t0.plusSeconds(4))).isFalse();
        assertThat(backoff.maySend(t0.plusSeconds(5))).isTrue();
    }

    @Test
    void aBatchThatGoesThroughStartsOver() {
        backoff.refused(t0);
        backoff.refused(t0);
        backoff.acknowledged();

        assertThat(backoff.maySend(t0)).isTrue();
        backoff.refused(t0);
        assertThat(backoff.pause()).isEqualTo(Duration.ofSeconds(1));
    }
}
