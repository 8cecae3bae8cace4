package se.styrkort.platform.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row of one tenant: its id and the tenant ({@code @TenantId}, so every query is scoped). The
 * aggregates ({@link Tracked}), their histories and the copies of other services' data all are.
 */
@MappedSuperclass
public abstract class TenantRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;
}
