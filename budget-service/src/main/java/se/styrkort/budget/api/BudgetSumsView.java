package se.styrkort.budget.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.styrkort.budget.domain.Amounts;
import se.styrkort.budget.domain.CostCategory;
import se.styrkort.budget.domain.FrameKind;

/**
 * The frames of one year and kind side by side, one row per org unit, and their sum per cost
 * category and in all: the "Summa" row of the regions' tables.
 */
public record BudgetSumsView(int year, FrameKind kind, List<UnitSum> units, List<BudgetLineView> categories,
        Amounts adopted, Amounts adjustments, Amounts current) {

    /** One org unit's frame of the year. */
    public record UnitSum(UUID orgUnitId, UUID frameId, List<BudgetLineView> categories, Amounts adopted,
            Amounts adjustments, Amounts current) {
    }

    public static BudgetSumsView of(int year, FrameKind kind, List<BudgetFrameView> frames) {
        Map<CostCategory, Amounts> byCategory = new EnumMap<>(CostCategory.class);
        Amounts adopted = Amounts.ZERO;
        Amounts adjustments = Amounts.ZERO;
        for (BudgetFrameView f : frames) {
            for (BudgetLineView line : f.lines()) {
                byCategory.merge(line.category(), Amounts.of(line.officials(), line.electedMembers()), Amounts::plus);
            }
            adopted = adopted.plus(f.adopted());
            adjustments = adjustments.plus(f.adjustments());
        }
        List<UnitSum> units = frames.stream()
                .map(f -> new UnitSum(f.orgUnitId(), f.id(), f.lines(), f.adopted(), f.adjustments(), f.current()))
                .toList();
        List<BudgetLineView> categories = byCategory.entrySet().stream()
                .map(e -> BudgetLineView.of(e.getKey(), e.getValue())).toList();
        return new BudgetSumsView(year, kind, units, categories, adopted, adjustments, adopted.plus(adjustments));
    }
}
