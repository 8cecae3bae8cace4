package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An investment as an economist records it: amount in SEK (0 or more: a report lists objects with
 * budget 0 paid by others), the years it runs, and for one carried over from earlier years the
 * decision that granted it. The type is UNKNOWN when left out.
 */
public record InvestmentInput(
        @NotNull UUID orgUnitId,
        @Size(max = 200) String area,
        @NotBlank @Size(max = 500) String object,
        InvestmentType investmentType,
        @NotNull InvestmentCategory category,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotEmpty @Size(max = 10) List<@NotNull @Min(2000) @Max(2100) Integer> years,
        // Diarienummer as the seeds write them: HSN/726/2022, RS85/2022.
        @Size(max = 40) @Pattern(regexp = "[A-Za-zÅÄÖåäö]+ ?/?[0-9]+/[0-9]{4}", message = "must look like RS/85/2022") String decisionRef,
        @Size(max = 100) String plannedTime,
        Boolean procurementContacted,
        Boolean completed) {
}
