package se.styrkort.goals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.styrkort.goals.domain.Activity;
import se.styrkort.goals.domain.ActivityState;

/** An activity as the API shows it. */
public record ActivityView(UUID id, UUID goalId, String title, String description, LocalDate startDate,
        LocalDate endDate, String responsible, ActivityState state, String stateComment, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.goalId, a.title, a.description, a.startDate, a.endDate, a.responsible,
                a.state, a.stateComment, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
