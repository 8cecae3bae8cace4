package se.styrkort.outcomes.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.outcomes.domain.ValueKind;

/**
 * What a reporter or a data feed sends to record or correct an outcome. The period's form is
 * checked by {@link se.styrkort.outcomes.domain.Period}.
 */
public record MeasurementInput(
        @NotNull UUID indicatorId,
        @NotNull UUID orgUnitId,
        @NotBlank @Size(max = 16) String period,
        @NotNull ValueKind valueKind,
        @NotNull BigDecimal value,
        @Size(max = 200) String source) {
}
