package se.styrkort.goals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.FollowUpItem;
import se.styrkort.goals.domain.FollowUpItemKind;

/** A follow-up item as the API shows it. */
public record FollowUpItemView(UUID id, UUID planId, FollowUpItemKind kind, LocalDate date, LocalDate endDate,
        UUID bodyUnitId, String section, String topic,
        String responsibleRole, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public static FollowUpItemView of(FollowUpItem f) {
        return new FollowUpItemView(f.id, f.planId, f.kind, f.date, f.endDate, f.bodyUnitId, f.section, f.topic,
                f.responsibleRole, f.version,
                f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }
}
