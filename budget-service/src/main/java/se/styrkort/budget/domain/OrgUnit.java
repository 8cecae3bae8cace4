package se.styrkort.budget.domain;

import java.util.UUID;

/** An org unit as the domain reads it: goals-service's unit, as far as this service knows it. */
public record OrgUnit(UUID id, String tenant, String name, UUID parentId) {
}
