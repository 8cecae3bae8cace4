package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.FinancialIndicator;
import se.styrkort.budget.domain.IndicatorCode;

/** A financial indicator as the API shows it. */
public record FinancialIndicatorView(UUID id, UUID orgUnitId, String period, IndicatorCode code, BigDecimal value,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static FinancialIndicatorView of(FinancialIndicator i) {
        return new FinancialIndicatorView(i.id, i.orgUnitId, i.period, i.code, i.value, i.version, i.createdAt,
                i.createdBy, i.updatedAt, i.updatedBy);
    }
}
