package se.styrkort.outcomes.domain;

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

/** A measured outcome (utfall): the value of one indicator for one org unit and period. */
@Entity
@Table(name = "measurement")
public class Measurement extends PanacheEntityBase implements Aggregate {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false)
    public ValueKind valueKind;

    @Column(nullable = false)
    public BigDecimal value;

    public String source;

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
        return "measurement";
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
