package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** A body or part of the organization (RF, RS, HSN, a division, a unit): a tree inside one region. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends Tracked {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrgUnitKind kind;

    public UUID parentId;

    public String code;

    /** Retired units stay, so that old plans and reports still name their owners. */
    @Column(nullable = false)
    public boolean retired;

    @Override
    public String aggregateType() {
        return "org-unit";
    }
}
