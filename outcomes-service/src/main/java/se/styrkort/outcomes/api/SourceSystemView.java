package se.styrkort.outcomes.api;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.SourceSystem;

public record SourceSystemView(UUID id, String code, String name, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    public static SourceSystemView of(SourceSystem s) {
        return new SourceSystemView(s.id, s.code, s.name, s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }
}
