package se.styrkort.outcomes.replica;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An org unit as goals-service last published it. */
@Entity
@Table(name = "replica_org_unit")
public class ReplicaOrgUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    public boolean retired;
}
