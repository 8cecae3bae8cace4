package se.styrkort.goals.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** Uppdrag till styrelse och nämnder: what the council asks of named bodies under an overall goal. */
@Entity
@Table(name = "assignment")
public class Assignment extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID overallGoalId;

    @Column(nullable = false)
    public String title;

    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_unit", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<UUID> assignedUnitIds = new LinkedHashSet<>();

    @Override
    public String aggregateType() {
        return "assignment";
    }
}
