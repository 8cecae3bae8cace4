package se.styrkort.budget.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * A budget frame (budgetram): what an org unit has to work with in one year, per cost category, as
 * adopted. Adjustments change its current value, never the adopted lines.
 */
@Entity
@Table(name = "budget_frame")
public class BudgetFrame extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID orgUnitId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FrameKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_frame_line", joinColumns = @JoinColumn(name = "frame_id"))
    public List<BudgetLine> lines = new ArrayList<>();

    /** The lines in the order of the regions' tables. */
    public List<BudgetLine> orderedLines() {
        return lines.stream().sorted(Comparator.comparing(l -> l.category)).toList();
    }

    /** The frame as adopted: the sum of its lines, derived rather than stored. */
    public Amounts adopted() {
        return lines.stream().map(BudgetLine::amounts).reduce(Amounts.ZERO, Amounts::plus);
    }

    @Override
    public String aggregateType() {
        return "budget-frame";
    }
}
