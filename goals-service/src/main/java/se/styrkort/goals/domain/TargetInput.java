package se.styrkort.goals.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.domain.Period;
import se.styrkort.platform.domain.TargetKind;

/** One year's målvärde; which of the values it needs depends on its kind (see TargetRules). */
public record TargetInput(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull TargetKind kind,
        BigDecimal value,
        BigDecimal lo,
        BigDecimal hi,
        @Pattern(regexp = Period.PATTERN, message = Period.MESSAGE) String referencePeriod,
        BigDecimal referenceValue,
        @Size(max = 200) String benchmarkOrganization,
        Integer k,
        @Size(max = 500) String wording) {
}
