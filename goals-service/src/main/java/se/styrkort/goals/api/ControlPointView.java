package se.styrkort.goals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.styrkort.goals.domain.ControlPoint;

/** A control point as the API shows it. */
public record ControlPointView(UUID id, UUID planId, String controlPoint, String performer, String method,
        List<FollowUpView> followUps, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public record FollowUpView(LocalDate date, String result) {
    }

    public static ControlPointView of(ControlPoint c) {
        return new ControlPointView(c.id, c.planId, c.controlPoint, c.performer, c.method,
                c.followUps.stream().map(f -> new FollowUpView(f.date, f.result)).toList(), c.version, c.createdAt,
                c.createdBy, c.updatedAt, c.updatedBy);
    }
}
