package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The state a {@code se.styrkort.control-point.changed.v1} event carries: a control point as
 * published, kept apart from its REST view so that either can change without the other.
 */
public record ControlPointChanged(UUID id, UUID planId, String controlPoint, String performer, String method,
        List<FollowUpState> followUps, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public record FollowUpState(LocalDate date, String result) {
    }
}
