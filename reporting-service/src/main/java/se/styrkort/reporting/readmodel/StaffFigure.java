package se.styrkort.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A unit's head count in a staff category on a day, women and men, from {@code styrkort.budget}. */
@Entity
@Table(name = "staff_figure")
public class StaffFigure extends ReadRow {

    @NotNull
    public UUID orgUnitId;

    @NotNull
    public LocalDate asOf;

    @NotNull
    public String category;

    @NotNull
    public Integer total;

    public Integer women;

    public Integer men;
}
