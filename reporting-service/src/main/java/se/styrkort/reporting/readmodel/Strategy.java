package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A strategy of a plan from {@code styrkort.goals}. */
@Entity
@Table(name = "strategy")
public class Strategy extends ReadRow {

    @NotNull
    public UUID planId;

    @NotNull
    public String name;

    public String description;

    public int ordinal;
}
