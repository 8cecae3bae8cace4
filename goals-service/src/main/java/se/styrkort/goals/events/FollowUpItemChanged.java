package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.FollowUpItemKind;

/**
 * The state a {@code se.styrkort.follow-up-item.changed.v1} event carries: a follow-up item as
 * published, kept apart from its REST view so that either can change without the other.
 */
public record FollowUpItemChanged(UUID id, UUID planId, FollowUpItemKind kind, LocalDate date, LocalDate endDate,
        UUID bodyUnitId, String section, String topic,
        String responsibleRole, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {
}
