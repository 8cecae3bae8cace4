package se.styrkort.reporting.readmodel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan as reporting knows it: the latest state published on {@code styrkort.goals}. */
@Entity
@Table(name = "plan_summary")
public class PlanSummary extends PanacheEntityBase {

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

    @Column(nullable = false)
    public String status;

    /** The version of the goals-service event this row reflects. */
    @Column(name = "event_version", nullable = false)
    public long eventVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
