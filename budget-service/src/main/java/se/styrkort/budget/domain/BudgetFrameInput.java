package se.styrkort.budget.domain;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an economist sends to set or change a budget frame as adopted: its lines per cost category,
 * revenues positive and costs negative, as in the regions' budget tables.
 */
public record BudgetFrameInput(
        @NotNull UUID orgUnitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull FrameKind kind,
        // At most one line per cost category.
        @NotEmpty @Size(max = 7) List<@NotNull @Valid BudgetLineInput> lines) {
}
