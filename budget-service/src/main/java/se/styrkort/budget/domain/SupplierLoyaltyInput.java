package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Avtalstrohet as the procurement follow-up measured it: the share of purchases from contracted suppliers. */
public record SupplierLoyaltyInput(
        @NotNull UUID orgUnitId,
        // A year, tertial, month or term (2022, 2022-T2, 2022-08, 2022-VT), any case; checked by Period.
        @NotNull @Size(max = 7) String period,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal value) {
}
