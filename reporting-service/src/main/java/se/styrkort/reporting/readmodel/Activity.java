package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** An activity under a goal from {@code styrkort.goals}. */
@Entity
@Table(name = "activity")
public class Activity extends ReadRow {

    @NotNull
    public UUID goalId;

    @NotNull
    public String title;

    public LocalDate startDate;

    public LocalDate endDate;

    public String responsible;

    public String state;

    public String stateComment;
}
