package se.styrkort.outcomes.api;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.BenchmarkOrganization;

/** A benchmark organization as the API shows it; its id is the orgUnitId of its series' measurements. */
public record BenchmarkOrganizationView(UUID id, String code, String name, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public static BenchmarkOrganizationView of(BenchmarkOrganization b) {
        return new BenchmarkOrganizationView(b.id, b.code, b.name, b.version, b.createdAt, b.createdBy, b.updatedAt,
                b.updatedBy);
    }
}
