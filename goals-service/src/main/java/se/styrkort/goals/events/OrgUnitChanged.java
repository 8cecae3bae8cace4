package se.styrkort.goals.events;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.goals.domain.OrgUnitKind;

/**
 * The state a {@code se.styrkort.org-unit.changed.v1} event carries: an org unit as published, kept
 * apart from its REST view so that either can change without the other.
 */
public record OrgUnitChanged(UUID id, String name, OrgUnitKind kind, UUID parentId, String code, boolean retired,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
