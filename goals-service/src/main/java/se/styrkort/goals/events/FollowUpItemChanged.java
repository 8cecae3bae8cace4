package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.FollowUpItem;

/**
 * The state a {@code se.styrkort.follow-up-item.changed.v1} event carries: a follow-up item as
 * published, kept apart from its REST view so that either can change without the other.
 */
public record FollowUpItemChanged(UUID id, UUID planId, LocalDate date, UUID bodyUnitId, String topic,
        String responsibleRole, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public static FollowUpItemChanged of(FollowUpItem f) {
        return new FollowUpItemChanged(f.id, f.planId, f.date, f.bodyUnitId, f.topic, f.responsibleRole, f.version,
                f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }
}
