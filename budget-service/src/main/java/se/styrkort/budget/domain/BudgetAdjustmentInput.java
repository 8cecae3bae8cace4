package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of a frame: the amount in SEK (negative when it gives the unit more to spend, as costs
 * are negative), why, and the decision behind it. The part defaults to the officials' part; the
 * effective year is the frame's year.
 */
public record BudgetAdjustmentInput(
        @NotNull UUID frameId,
        @NotNull @Min(2000) @Max(2100) Integer effectiveYear,
        @NotNull AdjustmentKind kind,
        BudgetPart part,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 2000) String reason,
        // Diarienummer: body, case number, year, e.g. HSN/726/2022; some changes have none.
        @Size(max = 40) @Pattern(regexp = "[A-Za-zÅÄÖåäö]+/[0-9]+/[0-9]{4}", message = "must look like HSN/726/2022") String decisionRef) {
}
