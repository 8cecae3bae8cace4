package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * Prognos helår: the economist's forecast of a unit's full year in one cost category, and beside
 * it the run-rate forecast the year's actuals give (kept current as actuals arrive).
 */
@Entity
@Table(name = "forecast")
public class Forecast extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID orgUnitId;

    @Column(nullable = false, updatable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CostCategory category;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(precision = 18, scale = 2)
    public BigDecimal runRate;

    @Column
    public String comment;

    @Override
    public String aggregateType() {
        return "forecast";
    }
}
