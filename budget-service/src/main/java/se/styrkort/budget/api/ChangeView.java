package se.styrkort.budget.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import se.styrkort.budget.domain.ChangeRecord;
import se.styrkort.platform.events.ChangeType;

/** One change: which aggregate, its version, who made it and when, and the state it left, as its event carried it. */
public record ChangeView(String aggregateType, UUID aggregateId, long version, ChangeType changeType,
        Instant changedAt, String changedBy, @JsonRawValue String state) {

    public static ChangeView of(ChangeRecord r) {
        return new ChangeView(r.aggregateType, r.aggregateId, r.version, r.changeType, r.changedAt, r.changedBy,
                r.state);
    }
}
