package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.PlanStatus;

/**
 * The state a {@code se.styrkort.plan.changed.v1} event carries: a plan as published, kept apart from
 * its REST view so that either can change without the other.
 */
public record PlanChanged(UUID id, String name, int fromYear, int toYear, PlanStatus status, UUID ownerUnitId,
        UUID adoptedByUnitId, LocalDate adoptedDate, String decisionRef, int planVersion, UUID predecessorId, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
