package se.styrkort.budget.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The state a {@code se.styrkort.staff-figure.changed.v1} event carries: a unit's head count in a
 * staff category on a day, as published and kept apart from its REST view.
 */
public record StaffFigureChanged(UUID id, UUID orgUnitId, LocalDate asOf, String category, int total, Integer women,
        Integer men, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
