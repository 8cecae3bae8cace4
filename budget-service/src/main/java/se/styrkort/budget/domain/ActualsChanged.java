package se.styrkort.budget.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Actuals were written, inside the writing transaction: what is derived from them (run-rate
 * forecasts, financial indicators) follows in the same transaction, so it never lags behind.
 */
public record ActualsChanged(Set<Key> keys) {

    /** One changed actual's unit, month and category. */
    public record Key(UUID orgUnitId, int year, int month, CostCategory category) {
    }
}
