package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The budget gap of an org unit: its frame against the frames of the units directly below it
 * (their detailed budget), by category as adopted and in all as current (with adjustments).
 */
@ApplicationScoped
public class BudgetGaps {

    @Inject
    OrgUnits orgUnits;

    @Inject
    BudgetFrames frames;

    public BudgetGap of(UUID orgUnitId, int year, FrameKind kind) {
        orgUnits.require(orgUnitId, "orgUnitId");
        Optional<BudgetFrame> parent = frameOf(orgUnitId, year, kind);
        Map<CostCategory, BigDecimal> frame = new EnumMap<>(CostCategory.class);
        parent.ifPresent(f -> f.lines.forEach(l -> frame.put(l.category, l.amounts().net())));
        BigDecimal frameTotal = parent.map(f -> frames.current(f).net()).orElse(zero());

        Map<CostCategory, BigDecimal> registered = new EnumMap<>(CostCategory.class);
        BigDecimal registeredTotal = zero();
        List<BudgetGap.Child> children = new ArrayList<>();
        for (OrgUnit child : orgUnits.children(orgUnitId)) {
            Optional<BudgetFrame> own = frameOf(child.id(), year, kind);
            BigDecimal net = null;
            if (own.isPresent()) {
                own.get().lines.forEach(l -> registered.merge(l.category, l.amounts().net(), BigDecimal::add));
                net = frames.current(own.get()).net();
                registeredTotal = registeredTotal.add(net);
            }
            children.add(new BudgetGap.Child(child.id(), child.name(), own.map(f -> f.id).orElse(null), net));
        }
        List<BudgetGap.Line> lines = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            if (frame.containsKey(category) || registered.containsKey(category)) {
                lines.add(BudgetGap.Line.of(category, frame.getOrDefault(category, zero()),
                        registered.getOrDefault(category, zero())));
            }
        }
        return new BudgetGap(orgUnitId, year, kind, parent.map(f -> f.id).orElse(null), children, lines,
                BudgetGap.Line.of(null, frameTotal, registeredTotal));
    }

    private static Optional<BudgetFrame> frameOf(UUID orgUnitId, int year, FrameKind kind) {
        return BudgetFrame.<BudgetFrame> find("orgUnitId = ?1 and year = ?2 and kind = ?3", orgUnitId, year, kind)
                .firstResultOptional();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
