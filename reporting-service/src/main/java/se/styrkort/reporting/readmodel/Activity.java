package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** An activity under a goal from {@code styrkort.goals}. */
@Entity
@Table(name = "activity")
public class Activity extends ReadRow {

    @NotNull
    @Column(name = "goal_id")
    public UUID goalId;

    @NotNull
    public String title;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String responsible;

    public String state;

    @Column(name = "state_comment")
    public String stateComment;
}
