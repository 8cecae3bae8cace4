package se.styrkort.budget.replica;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.budget.domain.OrgUnit;
import se.styrkort.budget.domain.OrgUnits;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;
import se.styrkort.platform.problem.ProblemException;

/**
 * The replica of goals-service's org units: kept from its events, read by the API as they are, and
 * by the domain as {@link OrgUnits}.
 */
@ApplicationScoped
public class OrgUnitReplica implements OrgUnits {

    /** Applies an org-unit event; called by the idempotent consumer in the event's tenant. */
    public void apply(IncomingEvent event) {
        UUID id = uuid(event.aggregateId(), "key");
        ReplicatedOrgUnit unit = ReplicatedOrgUnit.<ReplicatedOrgUnit> find("id", id).firstResultOptional().orElse(null);
        if (event.changeType() == ChangeType.DELETED) {
            if (unit != null) {
                unit.delete();
            }
            return;
        }
        JsonNode state = event.state();
        if (unit == null) {
            unit = new ReplicatedOrgUnit();
            unit.id = id;
        }
        unit.name = required(state, "name").asText();
        unit.kind = required(state, "kind").asText();
        JsonNode parent = state.get("parentId");
        unit.parentId = parent == null || parent.isNull() ? null : uuid(parent.asText(), "parentId");
        unit.retired = state.path("retired").asBoolean(false);
        unit.eventVersion = event.version();
        unit.updatedAt = Instant.now();
        unit.persist();
    }

    @Override
    public Optional<OrgUnit> find(UUID id) {
        return copy(id).map(OrgUnitReplica::known);
    }

    @Override
    public List<OrgUnit> children(UUID parentId) {
        return ReplicatedOrgUnit.<ReplicatedOrgUnit> list("parentId", Sort.by("name").and("id"), parentId).stream()
                .map(OrgUnitReplica::known).toList();
    }

    public ReplicatedOrgUnit get(UUID id) {
        return copy(id).orElseThrow(() -> ProblemException.notFound("org unit", id));
    }

    public PanacheQuery<ReplicatedOrgUnit> list(UUID parentId) {
        Sort order = Sort.by("name").and("id");
        return parentId == null ? ReplicatedOrgUnit.findAll(order)
                : ReplicatedOrgUnit.find("parentId", order, parentId);
    }

    private static Optional<ReplicatedOrgUnit> copy(UUID id) {
        return id == null ? Optional.empty()
                : ReplicatedOrgUnit.<ReplicatedOrgUnit> find("id", id).firstResultOptional();
    }

    private static OrgUnit known(ReplicatedOrgUnit u) {
        return new OrgUnit(u.id, u.tenant, u.name, u.parentId);
    }

    private static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("An org-unit event's " + what + " must be a UUID, not " + text);
        }
    }

    private static JsonNode required(JsonNode state, String field) {
        JsonNode value = state.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException("An org-unit event's state lacks " + field);
        }
        return value;
    }
}
