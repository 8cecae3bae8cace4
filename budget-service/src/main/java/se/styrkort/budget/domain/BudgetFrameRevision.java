package se.styrkort.budget.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.TenantRow;
import se.styrkort.platform.events.ChangeType;

/**
 * One version of a frame as it was written, by whom and when: the public sector must be able to
 * show who changed a budget and how (docs/architecture.md, "Security and roles"). Never changed once written.
 */
@Entity
@Table(name = "budget_frame_revision")
public class BudgetFrameRevision extends TenantRow {

    @Column(nullable = false, updatable = false)
    public UUID frameId;

    @Column(nullable = false, updatable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ChangeType changeType;

    @Column(nullable = false, updatable = false)
    public Instant changedAt;

    @Column(nullable = false, updatable = false)
    public String changedBy;

    /** The frame's state as its event carried it, as JSON. */
    @Column(nullable = false, updatable = false)
    public String state;
}
