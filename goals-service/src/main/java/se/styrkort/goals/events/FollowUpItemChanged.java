package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The state a {@code se.styrkort.follow-up-item.changed.v1} event carries: a follow-up item as
 * published, kept apart from its REST view so that either can change without the other.
 */
public record FollowUpItemChanged(UUID id, UUID planId, LocalDate date, UUID bodyUnitId, String topic,
        String responsibleRole, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {
}
