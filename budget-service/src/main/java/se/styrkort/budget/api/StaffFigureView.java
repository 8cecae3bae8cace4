package se.styrkort.budget.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.budget.domain.StaffFigure;

/** A staff figure as the API shows it. */
public record StaffFigureView(UUID id, UUID orgUnitId, LocalDate asOf, String category, int total, Integer women,
        Integer men, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static StaffFigureView of(StaffFigure f) {
        return new StaffFigureView(f.id, f.orgUnitId, f.asOf, f.category, f.total, f.women, f.men, f.version, f.createdAt,
                f.createdBy, f.updatedAt, f.updatedBy);
    }
}
