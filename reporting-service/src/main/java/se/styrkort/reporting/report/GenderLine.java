package se.styrkort.reporting.report;

import java.math.BigDecimal;
import java.util.UUID;

/** A gender-split indicator's outcome for one unit and period: women (K), men (M), total, and the gap women − men. */
public record GenderLine(UUID indicatorId, String indicatorName, UUID goalId, UUID orgUnitId, String orgUnitName,
        String period, String valueKind, BigDecimal women, BigDecimal men, BigDecimal total, BigDecimal gap) {
}
