package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** An overall goal (any depth below one strategy) from {@code styrkort.goals}. */
@Entity
@Table(name = "overall_goal")
public class OverallGoal extends ReadRow {

    @NotNull
    @Column(name = "strategy_id")
    public UUID strategyId;

    @Column(name = "parent_id")
    public UUID parentId;

    @NotNull
    public String title;

    public String description;

    public int ordinal;
}
