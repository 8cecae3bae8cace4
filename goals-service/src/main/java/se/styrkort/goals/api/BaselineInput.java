package se.styrkort.goals.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Ingångsvärde for a period: the total, and / or women (K) and men (M) apart. */
public record BaselineInput(
        @NotNull @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE) String period,
        BigDecimal value,
        BigDecimal women,
        BigDecimal men) {
}
