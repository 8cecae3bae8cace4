package se.styrkort.platform.events;

/** Fired when an outbox row is written; observed after commit to publish without waiting. */
public record OutboxWritten(long position) {
}
