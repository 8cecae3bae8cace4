package se.styrkort.platform.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import se.styrkort.platform.events.ChangeType;

/**
 * One version of an aggregate as it was written: its version, how it changed, when and by whom.
 * Public bodies must be able to show who changed what and how; a revision is never changed once
 * written.
 */
@MappedSuperclass
public abstract class Revision extends TenantRow {

    @Column(nullable = false, updatable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ChangeType changeType;

    @Column(nullable = false, updatable = false)
    public Instant changedAt;

    @Column(nullable = false, updatable = false)
    public String changedBy;

    /** Takes the aggregate's version and its last change, under an id of its own. */
    public void versionOf(Tracked aggregate, ChangeType changeType) {
        id = Ids.next();
        version = aggregate.version;
        this.changeType = changeType;
        changedAt = aggregate.updatedAt;
        changedBy = aggregate.updatedBy;
    }
}
