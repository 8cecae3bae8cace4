package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A plan as reporting knows it: the latest state published on {@code styrkort.goals}. */
@Entity
@Table(name = "plan_summary")
public class PlanSummary extends ReadRow {

    @NotNull
    public String name;

    @NotNull
    public Integer fromYear;

    @NotNull
    public Integer toYear;

    @NotNull
    public String status;

    public UUID ownerUnitId;

    public UUID adoptedByUnitId;

    public LocalDate adoptedDate;

    public String decisionRef;
}
