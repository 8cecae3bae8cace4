package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.ProblemException;

/** Keeping the organization tree: every change is written together with its event. */
@ApplicationScoped
public class OrgUnits extends Aggregates<OrgUnit, OrgUnitInput> {

    OrgUnits() {
        super(OrgUnit.class, "org unit");
    }

    public PanacheQuery<OrgUnit> list(UUID parentId, OrgUnitKind kind, Boolean retired, String text) {
        Filters c = new Filters().where("parentId = :parentId", "parentId", parentId).where("kind = :kind", "kind", kind)
                .where("retired = :retired", "retired", retired).contains("name", text);
        return OrgUnit.find(c.query(), Sort.by("name").and("id"), c.values());
    }

    /** A unit that another record is about to name in {@code field}: it must exist here and be in use. */
    public OrgUnit requireActive(String field, UUID id) {
        OrgUnit unit = require(field, id);
        if (unit.retired) {
            throw ProblemException.badField(field, "org unit " + id + " is retired");
        }
        return unit;
    }

    @Override
    protected OrgUnit start(OrgUnitInput input) {
        return new OrgUnit();
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
        return publishChange(unit);
    }

    @Override
    protected void apply(OrgUnit unit, OrgUnitInput input) {
        if (input.parentId() != null && !input.parentId().equals(unit.parentId)) {
            requireActive("parentId", input.parentId());
            Trees.refuseCycle("parentId", unit.id, input.parentId(), at -> find(at).map(u -> u.parentId).orElse(null));
        }
        unit.name = input.name().strip();
        unit.kind = input.kind();
        unit.parentId = input.parentId();
        unit.code = input.code() == null || input.code().isBlank() ? null : input.code().strip();
    }
}
