package se.styrkort.goals.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import se.styrkort.platform.domain.Period;

/** Ingångsvärde for a period: the total, and / or women (K) and men (M) apart. */
public record BaselineInput(
        @NotNull @Pattern(regexp = Period.PATTERN, message = Period.MESSAGE) String period,
        BigDecimal value,
        BigDecimal women,
        BigDecimal men) {
}
