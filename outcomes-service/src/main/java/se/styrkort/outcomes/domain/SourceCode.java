package se.styrkort.outcomes.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One code of a source system and the indicator or org unit of ours it stands for. */
@Entity
@Table(name = "source_code")
public class SourceCode extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(name = "source_system_id", nullable = false, updatable = false)
    public UUID sourceSystemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CodeKind kind;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
