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
    @Column(nullable = false)
    public Integer fromYear;

    @NotNull
    @Column(nullable = false)
    public Integer toYear;

    @NotNull
    @Column(nullable = false)
    public String status;

    public UUID ownerUnitId;

    public UUID adoptedByUnitId;

    public LocalDate adoptedDate;

    public String decisionRef;
}
