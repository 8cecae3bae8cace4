package se.styrkort.outcomes.replica;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan as goals-service last published it: its years bound the periods its indicators are due in. */
@Entity
@Table(name = "replica_plan")
public class ReplicaPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(name = "from_year", nullable = false)
    public int fromYear;

    @Column(name = "to_year", nullable = false)
    public int toYear;

    @Column(name = "owner_unit_id")
    public UUID ownerUnitId;
}
