package se.styrkort.budget.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * Antal anställda: how many people an org unit employs in a staff category ("Månadsavlönade") on a
 * day, in all and as women and men, as the report's "Väsentliga personalförhållanden" counts them.
 */
@Entity
@Table(name = "staff_figure")
public class StaffFigure extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID orgUnitId;

    @Column(nullable = false, updatable = false)
    public LocalDate asOf;

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(nullable = false)
    public int total;

    @Column
    public Integer women;

    @Column
    public Integer men;

    @Override
    public String aggregateType() {
        return "staff-figure";
    }
}
