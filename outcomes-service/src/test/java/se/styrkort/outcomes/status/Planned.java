package se.styrkort.outcomes.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.BaselineState;
import se.styrkort.outcomes.domain.Direction;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.PlannedGoal;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.TargetState;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TargetKind;

/** Plans, outcomes and statuses built in memory, for the rules that read nothing themselves. */
final class Planned {

    private Planned() {
    }

    record Indicator(UUID id, UUID goalId, String unitOfMeasure, Direction direction,
            FollowUpFrequency followUpFrequency, BigDecimal tolerance, List<TargetState> targets,
            List<BaselineState> baselines, List<UUID> subIndicatorIds) implements PlannedIndicator {

        Indicator withFrequency(FollowUpFrequency frequency) {
            return new Indicator(id, goalId, unitOfMeasure, direction, frequency, tolerance, targets, baselines,
                    subIndicatorIds);
        }

        Indicator counting(List<UUID> subs) {
            return new Indicator(id, goalId, unitOfMeasure, direction, followUpFrequency, tolerance, targets, baselines,
                    subs);
        }
    }

    record Goal(UUID id, UUID planId, UUID ownerUnitId, FollowUpFrequency followUpFrequency) implements PlannedGoal {
    }

    static Indicator indicator(UUID goal, TargetState... targets) {
        return new Indicator(UUID.randomUUID(), goal, "%", Direction.HIGHER_IS_BETTER, null, null, List.of(targets),
                List.of(), List.of());
    }

    static Indicator indicator(UUID goal, List<BaselineState> baselines, TargetState... targets) {
        return new Indicator(UUID.randomUUID(), goal, "%", Direction.HIGHER_IS_BETTER, null, null, List.of(targets),
                baselines, List.of());
    }

    static Goal goal(UUID owner, FollowUpFrequency frequency) {
        return new Goal(UUID.randomUUID(), UUID.randomUUID(), owner, frequency);
    }

    static TargetState atLeast(int year, String value) {
        return new TargetState(year, TargetKind.AT_LEAST, new BigDecimal(value), null, null, null, null, null, null, null);
    }

    static TargetState increaseFrom(int year, String referencePeriod, String referenceValue) {
        return new TargetState(year, TargetKind.INCREASE, null, null, null, referencePeriod,
                referenceValue == null ? null : new BigDecimal(referenceValue), null, null, null);
    }

    static TargetState benchmark(int year, String organization) {
        return new TargetState(year, TargetKind.BENCHMARK, null, null, null, null, null, organization, null, null);
    }

    static TargetState kOfN(int year, int k) {
        return new TargetState(year, TargetKind.K_OF_N, null, null, null, null, null, null, k, null);
    }

    static Measurement measurement(PlannedIndicator indicator, UUID unit, String period, ValueKind kind, String total) {
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.indicatorId = indicator.id();
        m.orgUnitId = unit;
        m.period = period;
        m.valueKind = kind;
        m.total = total == null ? null : new BigDecimal(total);
        return m;
    }

    static Measurement activity(PlannedIndicator indicator, UUID unit, String period, ActivityState state) {
        Measurement m = measurement(indicator, unit, period, ValueKind.PERIOD, null);
        m.activityState = state;
        return m;
    }

    static IndicatorStatus status(UUID indicator, UUID unit, String period, Status status, Reason reason) {
        IndicatorStatus s = new IndicatorStatus();
        s.id = UUID.randomUUID();
        s.indicatorId = indicator;
        s.orgUnitId = unit;
        s.period = period;
        s.status = status;
        s.reason = reason;
        return s;
    }
}
