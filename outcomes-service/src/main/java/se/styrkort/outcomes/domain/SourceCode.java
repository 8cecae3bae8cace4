package se.styrkort.outcomes.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.TenantRow;

/** One code of a source system and the indicator or org unit of ours it stands for. */
@Entity
@Table(name = "source_code")
public class SourceCode extends TenantRow {

    @Column(nullable = false, updatable = false)
    public UUID sourceSystemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CodeKind kind;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public String updatedBy;
}
