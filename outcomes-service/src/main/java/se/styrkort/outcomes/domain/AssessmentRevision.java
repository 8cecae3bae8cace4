package se.styrkort.outcomes.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import se.styrkort.platform.domain.TenantRow;
import se.styrkort.platform.events.ChangeType;

/** One version of an assessment as it was written (its full state as JSON), by whom and when. */
@Entity
@Immutable
@Table(name = "assessment_revision")
public class AssessmentRevision extends TenantRow {

    @Column(nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeType changeType;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public String changedBy;
}
