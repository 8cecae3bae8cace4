package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An assessment of a goal ({@code goalId}) or of an indicator at an org unit ({@code indicatorId},
 * {@code orgUnitId}, by default the owner unit of its goal) for a period. An {@code assessedStatus}
 * overrides the computed one and must carry a {@code justification}.
 */
public record AssessmentInput(
        UUID goalId,
        UUID indicatorId,
        UUID orgUnitId,
        @NotBlank @Size(max = 16) String period,
        Status assessedStatus,
        @Size(max = 4000) String justification,
        @Size(max = 20000) String analysis,
        @Size(max = 20000) String plannedActions,
        BigDecimal forecastValue,
        Status forecastStatus) {
}
