package se.styrkort.goals.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/** Keeping the organization tree: every change is written together with its event. */
@ApplicationScoped
public class OrgUnits {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    public PanacheQuery<OrgUnit> list(UUID parentId, OrgUnitKind kind, Boolean retired, String text) {
        Criteria c = new Criteria().and("parentId = :parentId", "parentId", parentId).and("kind = :kind", "kind", kind)
                .and("retired = :retired", "retired", retired).contains("name", text);
        return OrgUnit.find(c.query(), Sort.by("name").and("id"), c.parameters());
    }

    public Optional<OrgUnit> find(UUID id) {
        return OrgUnit.find("id", id).firstResultOptional();
    }

    public OrgUnit get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("org unit", id));
    }

    /** A unit that another record is about to name in {@code field}: it must exist here and be in use. */
    public OrgUnit requireActive(String field, UUID id) {
        OrgUnit unit = find(id).orElseThrow(() -> ProblemException.badField(field, "no org unit with id " + id));
        if (unit.retired) {
            throw ProblemException.badField(field, "org unit " + id + " is retired");
        }
        return unit;
    }

    @Transactional
    public OrgUnit create(OrgUnitInput input) {
        OrgUnit unit = new OrgUnit();
        unit.created(caller.getPrincipal().getName());
        apply(unit, input);
        unit.persist();
        events.publish(unit, ChangeType.CREATED);
        return unit;
    }

    @Transactional
    public OrgUnit update(UUID id, String ifMatch, OrgUnitInput input) {
        OrgUnit unit = get(id);
        Versions.requireMatch(ifMatch, unit.version);
        apply(unit, input);
        events.publish(unit, ChangeType.UPDATED);
        return unit;
    }

    /** Retired, not deleted: plans and goals of earlier years keep naming it. */
    @Transactional
    public OrgUnit retire(UUID id, String ifMatch) {
        OrgUnit unit = get(id);
        Versions.requireMatch(ifMatch, unit.version);
        if (OrgUnit.count("parentId = ?1 and retired = false", id) > 0) {
            throw ProblemException.conflict("Org unit " + id + " has units in use below it; move or retire them first");
        }
        unit.retired = true;
        unit.changed(caller.getPrincipal().getName());
        events.publish(unit, ChangeType.UPDATED);
        return unit;
    }

    private void apply(OrgUnit unit, OrgUnitInput input) {
        if (input.parentId() != null && !input.parentId().equals(unit.parentId)) {
            requireActive("parentId", input.parentId());
            Trees.refuseCycle("parentId", unit.id, input.parentId(), at -> find(at).map(u -> u.parentId).orElse(null));
        }
        unit.name = input.name().strip();
        unit.kind = input.kind();
        unit.parentId = input.parentId();
        unit.code = input.code() == null || input.code().isBlank() ? null : input.code().strip();
        unit.changed(caller.getPrincipal().getName());
    }
}
