package se.styrkort.budget.replica;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.TenantRow;

/**
 * An org unit as budget-service keeps it: the latest state goals-service published. Frames,
 * actuals, forecasts and investments may only name units known here, in the caller's tenant.
 */
@Entity
@Table(name = "org_unit")
public class ReplicatedOrgUnit extends TenantRow {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    public UUID parentId;

    @Column(nullable = false)
    public boolean retired;

    /** The version of the goals-service event this row reflects. */
    @Column(nullable = false)
    public long eventVersion;

    @Column(nullable = false)
    public Instant updatedAt;
}
