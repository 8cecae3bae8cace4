package se.styrkort.reporting.readmodel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every read-model row has: the aggregate's id (the event key), its tenant ({@code @TenantId},
 * so every read is scoped), the event version it reflects and when it was applied. The other
 * fields are read from the event's state by name; fields the state has and the row lacks are ignored.
 */
@MappedSuperclass
public abstract class ReadRow extends PanacheEntityBase {

    @Id
    @JsonIgnore
    public UUID id;

    @TenantId
    @JsonIgnore
    @Column(nullable = false, updatable = false)
    public String tenant;

    /** The version of the event this row reflects. */
    @JsonIgnore
    @Column(nullable = false)
    public long eventVersion;

    @JsonIgnore
    @Column(nullable = false)
    public Instant updatedAt;
}
