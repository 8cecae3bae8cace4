package se.styrkort.goals.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.FollowUpFrequency;

/**
 * Resultatmål, verksamhetsmål, nämndmål: owned by one body, possibly shared with others ("målet
 * finns i RS och HSN verksamhetsplan"), possibly contributing to a goal one level up.
 */
@Entity
@Table(name = "goal")
public class Goal extends PlanPart {

    @Column(nullable = false)
    public UUID ownerUnitId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goal_co_owner", joinColumns = @JoinColumn(name = "goal_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<UUID> coOwnerUnitIds = new LinkedHashSet<>();

    public UUID overallGoalId;

    public UUID parentGoalId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public FollowUpFrequency followUpFrequency;

    /** The level it is followed up at, as the plan words it ("på HSN-nivå", "övergripande nivå"). */
    public String followUpLevel;

    /** Whether outcomes must be reported for women and men separately. */
    @Column(nullable = false)
    public boolean genderSplit;

    @Override
    public String aggregateType() {
        return "goal";
    }
}
