package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** Utfall: what an org unit booked in one month and cost category, the month alone, in SEK. */
@Entity
@Table(name = "actual")
public class Actual extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID orgUnitId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(nullable = false, updatable = false)
    public int month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CostCategory category;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Override
    public String aggregateType() {
        return "actual";
    }
}
