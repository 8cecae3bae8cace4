package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.styrkort.platform.events.Aggregate;

/** A budget frame (budgetram): the net amount an org unit has to work with in one year, in SEK. */
@Entity
@Table(name = "budget_frame")
public class BudgetFrame extends PanacheEntityBase implements Aggregate {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FrameKind kind;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Override
    public String aggregateType() {
        return "budget-frame";
    }

    @Override
    public String aggregateId() {
        return id.toString();
    }

    @Override
    public String tenant() {
        return tenant;
    }

    @Override
    public long aggregateVersion() {
        return version;
    }
}
