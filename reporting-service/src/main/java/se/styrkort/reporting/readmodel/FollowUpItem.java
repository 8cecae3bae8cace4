package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
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
    @Column(name = "plan_id")
    public UUID planId;

    @NotNull
    public String kind = "MEETING";

    public LocalDate date;

    @Column(name = "end_date")
    public LocalDate endDate;

    @NotNull
    @Column(name = "body_unit_id")
    public UUID bodyUnitId;

    public String section;

    @NotNull
    public String topic;

    @Column(name = "responsible_role")
    public String responsibleRole;
}
