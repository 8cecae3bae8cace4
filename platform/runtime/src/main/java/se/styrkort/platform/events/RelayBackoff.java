package se.styrkort.platform.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When the relay sends a refused batch again. A broker that is away is waited out by the producer,
 * which keeps the batch; a record the broker refuses outright (too large for the topic, a topic
 * that is not there, an authorization the user lacks) is sent again from the database, first at the
 * next sweep, then after pauses that double up to a ceiling, so a refusal that lasts is not
 * resent, and logged, every second. The first acknowledged batch starts over.
 */
final class RelayBackoff {

    private final Duration first;
    private final Duration ceiling;
    private Duration pause = Duration.ZERO;
    private Instant notBefore = Instant.MIN;

    RelayBackoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
    }

    /** Whether a batch may be sent now. */
    boolean maySend(Instant now) {
        return !now.isBefore(notBefore);
    }

    /** A record was refused: the next batch waits, each time twice as long, up to the ceiling. */
    void refused(Instant now) {
        pause = pause.isZero() ? first : min(pause.multipliedBy(2), ceiling);
        notBefore = now.plus(pause);
    }

    /** A batch went through whole: the next refusal waits the first pause again. */
    void acknowledged() {
        pause = Duration.ZERO;
        notBefore = Instant.MIN;
    }

    /** The pause the last refusal set, zero when none is in force. */
    Duration pause() {
        return pause;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
