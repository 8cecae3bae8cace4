package se.styrkort.outcomes.replica;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TenantRow;

/** A goal as goals-service last published it: its plan, its owner unit and how often it is followed up. */
@Entity
@Table(name = "replica_goal")
public class ReplicaGoal extends TenantRow implements PlannedGoal {

    @Column(nullable = false)
    public UUID planId;

    public UUID ownerUnitId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    public FollowUpFrequency followUpFrequency;

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public UUID planId() {
        return planId;
    }

    @Override
    public UUID ownerUnitId() {
        return ownerUnitId;
    }

    @Override
    public FollowUpFrequency followUpFrequency() {
        return followUpFrequency;
    }
}
