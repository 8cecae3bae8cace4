package se.styrkort.budget.domain;

/**
 * Kostnadsslag: the categories of the regions' budget tables, in their order. Revenues are
 * positive and costs negative, so each category has the sign its amounts must have.
 */
public enum CostCategory {
    EXTERNAL_REVENUE(true),
    INTERNAL_REVENUE(true),
    PERSONNEL(false),
    DRUGS(false),
    OTHER_EXTERNAL_COSTS(false),
    DEPRECIATION(false),
    INTERNAL_COSTS(false);

    private final boolean revenue;

    CostCategory(boolean revenue) {
        this.revenue = revenue;
    }

    public boolean isRevenue() {
        return revenue;
    }

    /** Why the amount has the wrong sign for this category, or null when its sign is right (or it is zero). */
    public String signViolation(java.math.BigDecimal amount) {
        if (revenue && amount.signum() < 0) {
            return "revenues are positive";
        }
        return !revenue && amount.signum() > 0 ? "costs are negative" : null;
    }
}
