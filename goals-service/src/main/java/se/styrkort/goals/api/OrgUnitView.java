package se.styrkort.goals.api;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.goals.domain.OrgUnit;
import se.styrkort.goals.domain.OrgUnitKind;

/** An org unit as the API shows it. */
public record OrgUnitView(UUID id, String name, OrgUnitKind kind, UUID parentId, String code, boolean retired,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.id, u.name, u.kind, u.parentId, u.code, u.retired, u.version, u.createdAt,
                u.createdBy, u.updatedAt, u.updatedBy);
    }
}
