package se.styrkort.outcomes.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import se.styrkort.platform.domain.StateRevision;

/** One version of an assessment as it was written (its full state as JSON), by whom and when ({@link StateRevision}). */
@Entity
@Immutable
@Table(name = "assessment_revision")
public class AssessmentRevision extends StateRevision {

    @Column(nullable = false)
    public UUID assessmentId;
}
