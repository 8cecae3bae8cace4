package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.domain.Period;

/**
 * What a reporter or a data feed sends to record or correct an outcome, and what every row of a
 * bulk import becomes. The period's form is checked by {@link se.styrkort.outcomes.domain.Period},
 * the rest against the indicator by {@link se.styrkort.outcomes.domain.MeasurementRules}: an
 * ACTIVITY indicator takes an {@code activityState} instead of numbers, and {@code unitOfMeasure},
 * when given, must be the indicator's.
 */
public record MeasurementInput(
        @NotNull UUID indicatorId,
        @NotNull UUID orgUnitId,
        @NotBlank @Size(max = 16) String period,
        @NotNull ValueKind valueKind,
        BigDecimal total,
        BigDecimal women,
        BigDecimal men,
        @Size(max = 200) String sourceSystem,
        @Size(max = 200) String externalRowId,
        ActivityState activityState,
        @Size(max = 100) String unitOfMeasure) {

    /** The same input for the given indicator and org unit. */
    public MeasurementInput withRefs(UUID indicator, UUID orgUnit) {
        return new MeasurementInput(indicator, orgUnit, period, valueKind, total, women, men, sourceSystem,
                externalRowId, activityState, unitOfMeasure);
    }

    /** The same input with the value kind and source system given where it gives none. */
    public MeasurementInput withDefaults(ValueKind kind, String source) {
        return new MeasurementInput(indicatorId, orgUnitId, period, valueKind == null ? kind : valueKind, total, women,
                men, sourceSystem == null || sourceSystem.isBlank() ? source : sourceSystem, externalRowId,
                activityState, unitOfMeasure);
    }

    /** The same input with the given total. */
    public MeasurementInput withTotal(BigDecimal value) {
        return new MeasurementInput(indicatorId, orgUnitId, period, valueKind, value, women, men, sourceSystem,
                externalRowId, activityState, unitOfMeasure);
    }

    public boolean hasNumbers() {
        return total != null || women != null || men != null;
    }
}
