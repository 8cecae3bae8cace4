package se.styrkort.goals.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.styrkort.goals.domain.Baseline;
import se.styrkort.goals.domain.Direction;
import se.styrkort.goals.domain.Indicator;
import se.styrkort.goals.domain.Target;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TargetKind;

/** An indicator with its targets and baselines, as the API shows it. */
public record IndicatorView(UUID id, UUID goalId, String name, String unitOfMeasure, Direction direction,
        FollowUpFrequency followUpFrequency, String source, boolean genderSplit, BigDecimal tolerance,
        List<UUID> subIndicatorIds, Map<String, String> externalCodes, List<TargetView> targets, List<BaselineView> baselines,
        long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public record TargetView(int year, TargetKind kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
            String referencePeriod, BigDecimal referenceValue, String benchmarkOrganization, Integer k,
            String wording) {

        public static TargetView of(Target t) {
            return new TargetView(t.year, t.kind, t.value, t.lo, t.hi, t.referencePeriod, t.referenceValue,
                    t.benchmarkOrganization, t.k, t.wording);
        }
    }

    public record BaselineView(String period, BigDecimal value, BigDecimal women, BigDecimal men) {

        static BaselineView of(Baseline b) {
            return new BaselineView(b.period, b.value, b.women, b.men);
        }
    }

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.id, i.goalId, i.name, i.unitOfMeasure, i.direction, i.followUpFrequency,
                i.source, i.genderSplit, i.tolerance, i.subIndicatorIds.stream().sorted().toList(),
                new TreeMap<>(i.externalCodes),
                i.targets.stream().map(TargetView::of).toList(), i.baselines.stream().map(BaselineView::of).toList(),
                i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }
}
