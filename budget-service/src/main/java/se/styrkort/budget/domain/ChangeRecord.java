package se.styrkort.budget.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.StateRevision;

/**
 * One version of an actual, forecast or investment as it was written, by whom and when: the
 * public sector must be able to show who changed a budget figure and how. Never changed.
 */
@Entity
@Table(name = "change_history")
public class ChangeRecord extends StateRevision {

    @Column(nullable = false, updatable = false)
    public String aggregateType;

    @Column(nullable = false, updatable = false)
    public UUID aggregateId;
}
