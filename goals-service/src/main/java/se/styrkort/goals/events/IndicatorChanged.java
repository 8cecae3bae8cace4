package se.styrkort.goals.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.styrkort.goals.domain.Direction;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TargetKind;

/**
 * The state a {@code se.styrkort.indicator.changed.v1} event carries: an indicator with its targets
 * and baselines as published, kept apart from its REST view so that either can change without the
 * other.
 */
public record IndicatorChanged(UUID id, UUID goalId, String name, String unitOfMeasure, Direction direction,
        FollowUpFrequency followUpFrequency, String source, boolean genderSplit, BigDecimal tolerance,
        List<UUID> subIndicatorIds, Map<String, String> externalCodes, List<TargetState> targets,
        List<BaselineState> baselines, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    public record TargetState(int year, TargetKind kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
            String referencePeriod, BigDecimal referenceValue, String benchmarkOrganization, Integer k,
            String wording) {
    }

    public record BaselineState(String period, BigDecimal value, BigDecimal women, BigDecimal men) {
    }
}
