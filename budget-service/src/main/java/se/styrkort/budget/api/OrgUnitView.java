package se.styrkort.budget.api;

import java.util.UUID;

import se.styrkort.budget.replica.ReplicatedOrgUnit;

/** An org unit as budget-service knows it from goals-service, with the event version it reflects. */
public record OrgUnitView(UUID id, String name, String kind, UUID parentId, boolean retired, long eventVersion) {

    public static OrgUnitView of(ReplicatedOrgUnit u) {
        return new OrgUnitView(u.id, u.name, u.kind, u.parentId, u.retired, u.eventVersion);
    }
}
