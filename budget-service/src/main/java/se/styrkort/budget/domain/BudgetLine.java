package se.styrkort.budget.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One cost category of a frame as adopted, split into the officials' and the elected members' part. */
@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CostCategory category;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal officials;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal electedMembers;

    protected BudgetLine() {
    }

    public BudgetLine(CostCategory category, BigDecimal officials, BigDecimal electedMembers) {
        this.category = category;
        this.officials = officials;
        this.electedMembers = electedMembers;
    }

    public Amounts amounts() {
        return Amounts.of(officials, electedMembers);
    }
}
