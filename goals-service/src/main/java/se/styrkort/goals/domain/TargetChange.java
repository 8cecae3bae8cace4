package se.styrkort.goals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.TenantRow;

/**
 * One year's target of an indicator before and after a change, kept as the API showed it (JSON);
 * null before means it was added, null after that it was removed. Written once, never changed.
 */
@Entity
@Table(name = "target_change")
public class TargetChange extends TenantRow {

    @Column(nullable = false, updatable = false)
    public UUID indicatorId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(updatable = false)
    public String oldTarget;

    @Column(updatable = false)
    public String newTarget;

    @Column(nullable = false, updatable = false)
    public Instant changedAt;

    @Column(nullable = false, updatable = false)
    public String changedBy;
}
