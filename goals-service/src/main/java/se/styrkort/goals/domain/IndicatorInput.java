package se.styrkort.goals.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.styrkort.platform.domain.FollowUpFrequency;

/** What a planner sends to create or change an indicator with its targets and baselines. */
public record IndicatorInput(
        @NotNull UUID goalId,
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 100) String unitOfMeasure,
        @NotNull Direction direction,
        FollowUpFrequency followUpFrequency,
        @Size(max = 200) String source,
        Boolean genderSplit,
        @DecimalMin(value = "0", inclusive = false) BigDecimal tolerance,
        @Size(max = 20) List<@NotNull UUID> subIndicatorIds,
        @Size(max = 20) Map<String, String> externalCodes,
        @Size(max = 20) List<@NotNull @Valid TargetInput> targets,
        @Size(max = 50) List<@NotNull @Valid BaselineInput> baselines) {
}
