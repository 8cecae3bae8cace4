package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Budgetgap: the detailed budget the child units registered (their own frames) against the
 * parent's frame, per cost category and in all. {@code gap} = registered − frame, in SEK net, so
 * a negative gap means the children planned to spend more than the frame gives.
 */
public record BudgetGap(UUID orgUnitId, int year, FrameKind kind, UUID frameId, List<Child> children,
        List<Line> categories, Line total) {

    /** A child unit and its registered frame (null when it has none yet). */
    public record Child(UUID orgUnitId, String name, UUID frameId, BigDecimal net) {
    }

    /** One category (null for the total): the parent's frame, the children's sum, and the gap. */
    public record Line(CostCategory category, BigDecimal frame, BigDecimal registered, BigDecimal gap) {

        public static Line of(CostCategory category, BigDecimal frame, BigDecimal registered) {
            return new Line(category, frame, registered, registered.subtract(frame));
        }
    }
}
