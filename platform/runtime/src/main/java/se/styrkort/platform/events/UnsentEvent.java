package se.styrkort.platform.events;

import java.time.OffsetDateTime;

/** An outbox row as the relay sends it: what a record and its CloudEvents headers are made of. */
record UnsentEvent(long position, String id, String tenant, String topic, String aggregateId, String eventType,
        String payload, OffsetDateTime occurredAt) {
}
