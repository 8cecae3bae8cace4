package se.styrkort.goals.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.styrkort.goals.domain.Baseline;
import se.styrkort.goals.domain.Direction;
import se.styrkort.goals.domain.FollowUpFrequency;
import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.Target;
import se.styrkort.goals.domain.TargetKind;

/**
 * The state a {@code se.styrkort.indicator.changed.v1} event carries: an indicator with its targets
 * and baselines as published, kept apart from its REST view so that either can change without the
 * other.
 */
public record IndicatorChanged(UUID id, UUID goalId, String name, String unitOfMeasure, Direction direction,
        FollowUpFrequency followUpFrequency, String source, boolean genderSplit, BigDecimal tolerance,
        List<UUID> subIndicatorIds, Map<String, String> externalCodes, List<TargetState> targets, List<BaselineState> baselines, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public record TargetState(int year, TargetKind kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
            String referencePeriod, BigDecimal referenceValue, String benchmarkOrganization, Integer k,
            String wording) {

        public static TargetState of(Target t) {
            return new TargetState(t.year, t.kind, t.value, t.lo, t.hi, t.referencePeriod, t.referenceValue,
                    t.benchmarkOrganization, t.k, t.wording);
        }
    }

    public record BaselineState(String period, BigDecimal value, BigDecimal women, BigDecimal men) {

        static BaselineState of(Baseline b) {
            return new BaselineState(b.period, b.value, b.women, b.men);
        }
    }

    public static IndicatorChanged of(Indicator i) {
        return new IndicatorChanged(i.id, i.goalId, i.name, i.unitOfMeasure, i.direction, i.followUpFrequency,
                i.source, i.genderSplit, i.tolerance, i.subIndicatorIds.stream().sorted().toList(),
                new TreeMap<>(i.externalCodes),
                i.targets.stream().map(TargetState::of).toList(), i.baselines.stream().map(BaselineState::of).toList(),
                i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }
}
