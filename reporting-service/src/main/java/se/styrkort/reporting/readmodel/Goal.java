package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A goal of a plan from {@code styrkort.goals}. */
@Entity
@Table(name = "goal")
public class Goal extends ReadRow {

    @NotNull
    @Column(name = "plan_id")
    public UUID planId;

    @NotNull
    @Column(name = "owner_unit_id")
    public UUID ownerUnitId;

    @Column(name = "overall_goal_id")
    public UUID overallGoalId;

    @Column(name = "parent_goal_id")
    public UUID parentGoalId;

    @NotNull
    public String title;

    public String description;

    @Column(name = "follow_up_frequency")
    public String followUpFrequency;

    @Column(name = "follow_up_level")
    public String followUpLevel;

    @Column(name = "gender_split")
    public boolean genderSplit;
}
