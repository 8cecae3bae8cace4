package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.CostCategory;
import se.styrkort.budget.domain.Forecast;

/** A forecast as the API shows it, the computed run rate beside the economist's. */
public record ForecastView(UUID id, UUID orgUnitId, int year, CostCategory category, BigDecimal amount,
        BigDecimal runRate, String comment, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public static ForecastView of(Forecast f) {
        return new ForecastView(f.id, f.orgUnitId, f.year, f.category, f.amount, f.runRate, f.comment, f.version,
                f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }
}
