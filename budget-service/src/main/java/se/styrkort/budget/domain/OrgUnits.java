package se.styrkort.budget.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;
import se.styrkort.platform.problem.ProblemException;

/** The replica of goals-service's org units, and the check that a request names a known one. */
@ApplicationScoped
public class OrgUnits {

    public static final String UNKNOWN = "no org unit with this id";

    /** Applies an org-unit event; called by the idempotent consumer in the event's tenant. */
    public void apply(IncomingEvent event) {
        UUID id = uuid(event.aggregateId(), "key");
        OrgUnit unit = OrgUnit.<OrgUnit>find("id", id).firstResultOptional().orElse(null);
        if (event.changeType() == ChangeType.DELETED) {
            if (unit != null) {
                unit.delete();
            }
            return;
        }
        JsonNode state = event.state();
        if (unit == null) {
            unit = new OrgUnit();
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

    /**
     * The unit named in a request's field. One that is unknown and one of another organization
     * get the same answer, so that no region learns another's units.
     */
    public OrgUnit require(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.badField(field, UNKNOWN));
    }

    public java.util.Optional<OrgUnit> find(UUID id) {
        return id == null ? java.util.Optional.empty() : OrgUnit.<OrgUnit>find("id", id).firstResultOptional();
    }

    public OrgUnit get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("org unit", id));
    }

    public PanacheQuery<OrgUnit> list(UUID parentId) {
        Sort order = Sort.by("name").and("id");
        return parentId == null ? OrgUnit.findAll(order) : OrgUnit.find("parentId", order, parentId);
    }

    /** The units directly below the given one. */
    public List<OrgUnit> children(UUID parentId) {
        return OrgUnit.list("parentId", Sort.by("name").and("id"), parentId);
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
