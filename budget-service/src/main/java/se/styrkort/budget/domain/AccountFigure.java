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
 * The recorded figures of one row of an account structure, for one org unit and period: outcome,
 * budget and the outcome of the same period last year, in SEK with the row's sign.
 */
@Entity
@Table(name = "account_figure")
public class AccountFigure extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID structureId;

    @Column(nullable = false, updatable = false)
    public UUID orgUnitId;

    @Column(nullable = false, updatable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ValueKind valueKind;

    @Column(nullable = false, updatable = false)
    public String account;

    @Column(precision = 18, scale = 2)
    public BigDecimal outcome;

    @Column(precision = 18, scale = 2)
    public BigDecimal budget;

    @Column(precision = 18, scale = 2)
    public BigDecimal previousYear;

    @Override
    public String aggregateType() {
        return "account-figure";
    }
}
