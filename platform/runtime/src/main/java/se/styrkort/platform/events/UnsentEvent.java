package se.styrkort.platform.events;

import java.time.OffsetDateTime;

/**
 * An outbox row as the relay sends it: what a record and its CloudEvents headers are made of, and the
 * trace context of the work that wrote it (null outside a trace).
 */
record UnsentEvent(long position, String id, String tenant, String topic, String aggregateId, String eventType,
        String payload, OffsetDateTime occurredAt, String traceparent) {
}
