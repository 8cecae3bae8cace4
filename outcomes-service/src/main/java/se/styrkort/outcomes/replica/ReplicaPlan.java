package se.styrkort.outcomes.replica;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.TenantRow;

/** A plan as goals-service last published it: its years bound the periods its indicators are due in. */
@Entity
@Table(name = "replica_plan")
public class ReplicaPlan extends TenantRow {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int fromYear;

    @Column(nullable = false)
    public int toYear;

    public UUID ownerUnitId;
}
