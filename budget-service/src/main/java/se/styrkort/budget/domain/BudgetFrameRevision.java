package se.styrkort.budget.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.StateRevision;

/**
 * One version of a frame as it was written, by whom and when: the public sector must be able to
 * show who changed a budget and how (docs/architecture.md, "Security and roles"). Never changed once written.
 */
@Entity
@Table(name = "budget_frame_revision")
public class BudgetFrameRevision extends StateRevision {

    @Column(nullable = false, updatable = false)
    public UUID frameId;
}
