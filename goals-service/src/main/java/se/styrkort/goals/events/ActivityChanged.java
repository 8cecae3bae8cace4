package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.ActivityState;

/**
 * The state a {@code se.styrkort.activity.changed.v1} event carries: an activity as published, kept
 * apart from its REST view so that either can change without the other.
 */
public record ActivityChanged(UUID id, UUID goalId, String title, String description, LocalDate startDate,
        LocalDate endDate, String responsible, ActivityState state, String stateComment, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
