package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** A financial indicator of an org unit for a period, in percent; its id is named by unit, period and code. */
@Entity
@Table(name = "financial_indicator")
public class FinancialIndicator extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID orgUnitId;

    @Column(nullable = false, updatable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public IndicatorCode code;

    @Column(nullable = false, precision = 9, scale = 2)
    public BigDecimal value;

    @Override
    public String aggregateType() {
        return "financial-indicator";
    }
}
