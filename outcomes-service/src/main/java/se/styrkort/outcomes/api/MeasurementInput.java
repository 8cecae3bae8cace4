package se.styrkort.outcomes.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.outcomes.domain.ValueKind;

/**
 * What a reporter or a data feed sends to record or correct an outcome, and what every row of a
 * bulk import becomes. The period's form is checked by {@link se.styrkort.outcomes.domain.Period},
 * the presence of at least one value by {@link se.styrkort.outcomes.domain.GenderValues}.
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
        @Size(max = 200) String externalRowId) {
}
