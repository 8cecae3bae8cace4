package se.styrkort.goals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.Plan;
import se.styrkort.goals.domain.PlanStatus;

/** A plan as the API shows it. */
public record PlanView(UUID id, String name, int fromYear, int toYear, PlanStatus status, UUID ownerUnitId,
        UUID adoptedByUnitId, LocalDate adoptedDate, String decisionRef, int planVersion, UUID predecessorId, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static PlanView of(Plan p) {
        return new PlanView(p.id, p.name, p.fromYear, p.toYear, p.status, p.ownerUnitId, p.adoptedByUnitId, p.adoptedDate,
                p.decisionRef,
                p.planVersion, p.predecessorId, p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }
}
