package se.styrkort.goals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.styrkort.goals.domain.ControlPoint;

/**
 * The state a {@code se.styrkort.control-point.changed.v1} event carries: a control point as
 * published, kept apart from its REST view so that either can change without the other.
 */
public record ControlPointChanged(UUID id, UUID planId, String controlPoint, String performer, String method,
        List<FollowUpState> followUps, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public record FollowUpState(LocalDate date, String result) {
    }

    public static ControlPointChanged of(ControlPoint c) {
        return new ControlPointChanged(c.id, c.planId, c.controlPoint, c.performer, c.method,
                c.followUps.stream().map(f -> new FollowUpState(f.date, f.result)).toList(), c.version, c.createdAt,
                c.createdBy, c.updatedAt, c.updatedBy);
    }
}
