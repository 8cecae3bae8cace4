package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * A line of a plan's follow-up plan, meeting plan or preparation calendar, from {@code styrkort.goals}.
 * Lines published before they had a kind were meeting-plan lines.
 */
@Entity
@Table(name = "follow_up_item")
public class FollowUpItem extends ReadRow {

    @NotNull
    public UUID planId;

    @NotNull
    public String kind = "MEETING";

    public LocalDate date;

    public LocalDate endDate;

    @NotNull
    public UUID bodyUnitId;

    public String section;

    @NotNull
    public String topic;

    public String responsibleRole;
}
