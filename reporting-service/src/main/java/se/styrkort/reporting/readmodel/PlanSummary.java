package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A plan as reporting knows it: the latest state published on {@code styrkort.goals}. */
@Entity
@Table(name = "plan_summary")
public class PlanSummary extends ReadRow {

    @NotNull
    @Column(nullable = false)
    public String name;

    @NotNull
    @Column(name = "from_year", nullable = false)
    public Integer fromYear;

    @NotNull
    @Column(name = "to_year", nullable = false)
    public Integer toYear;

    @NotNull
    @Column(nullable = false)
    public String status;

    @Column(name = "owner_unit_id")
    public UUID ownerUnitId;

    @Column(name = "adopted_by_unit_id")
    public UUID adoptedByUnitId;

    @Column(name = "adopted_date")
    public LocalDate adoptedDate;

    @Column(name = "decision_ref")
    public String decisionRef;
}
