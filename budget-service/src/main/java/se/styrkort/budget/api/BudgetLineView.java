package se.styrkort.budget.api;

import java.math.BigDecimal;

import se.styrkort.budget.domain.Amounts;
import se.styrkort.budget.domain.CostCategory;

/** One cost category of a frame, or of a sum of frames, with its net. */
public record BudgetLineView(CostCategory category, BigDecimal officials, BigDecimal electedMembers, BigDecimal net) {

    public static BudgetLineView of(CostCategory category, Amounts amounts) {
        return new BudgetLineView(category, amounts.officials(), amounts.electedMembers(), amounts.net());
    }
}
