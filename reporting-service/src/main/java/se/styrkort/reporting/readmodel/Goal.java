package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A goal of a plan from {@code styrkort.goals}. */
@Entity
@Table(name = "goal")
public class Goal extends ReadRow {

    @NotNull
    public UUID planId;

    @NotNull
    public UUID ownerUnitId;

    public UUID overallGoalId;

    public UUID parentGoalId;

    @NotNull
    public String title;

    public String description;

    public String followUpFrequency;

    public String followUpLevel;

    public boolean genderSplit;
}
