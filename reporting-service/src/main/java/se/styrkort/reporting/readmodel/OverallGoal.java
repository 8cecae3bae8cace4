package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** An overall goal (any depth below one strategy) from {@code styrkort.goals}. */
@Entity
@Table(name = "overall_goal")
public class OverallGoal extends ReadRow {

    @NotNull
    public UUID strategyId;

    public UUID parentId;

    @NotNull
    public String title;

    public String description;

    public int ordinal;
}
