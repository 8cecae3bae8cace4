package se.styrkort.outcomes.replica;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.TenantRow;

/** An org unit as goals-service last published it. */
@Entity
@Table(name = "replica_org_unit")
public class ReplicaOrgUnit extends TenantRow {

    @Column(nullable = false)
    public String name;

    public String kind;

    public UUID parentId;

    public boolean retired;
}
