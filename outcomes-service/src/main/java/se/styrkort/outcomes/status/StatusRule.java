package se.styrkort.outcomes.status;

import java.math.BigDecimal;
import java.util.Collection;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.Direction;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.platform.domain.TargetKind;

/**
 * The status rules of docs/domain.md. An indicator's outcome (the total, not split by gender) is compared
 * with its target for the year; {@code tolerance} is the indicator's yellow tolerance in its own
 * unit, by default 10 % of |target| (of |reference| or |benchmark| for those kinds, of |high| for
 * RANGE). Whether the period is due and whether there is an outcome are decided before the target.
 */
public final class StatusRule {

    private static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

    private StatusRule() {
    }

    /** What the rule needs to know about one indicator in one period. */
    public record Input(Target target, Direction direction, BigDecimal tolerance, boolean due, BigDecimal outcome,
            BigDecimal benchmark, ActivityState activity, Collection<Status> subIndicators) {
    }

    public static Evaluation evaluate(Input in) {
        if (!in.due()) {
            return Evaluation.of(Status.NOT_MEASURABLE, Reason.NOT_DUE);
        }
        Target t = in.target();
        if (t == null || t.kind() == TargetKind.UNDEFINED) {
            return Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_TARGET);
        }
        return switch (t.kind()) {
            case ACTIVITY -> activity(in.activity());
            case K_OF_N -> kOfN(t.k(), in.subIndicators());
            default -> in.outcome() == null ? Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_DATA) : numeric(in);
        };
    }

    private static Evaluation numeric(Input in) {
        Target t = in.target();
        BigDecimal v = in.outcome();
        return switch (t.kind()) {
            case AT_LEAST -> atLeast(v, t.value(), tolerance(in, t.value()));
            case AT_MOST -> atMost(v, t.value(), tolerance(in, t.value()));
            case RANGE -> range(v, t.low(), t.high(), tolerance(in, t.high()));
            case INCREASE -> t.reference() == null ? Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_REFERENCE)
                    : strictlyBetter(v, t.reference(), true, tolerance(in, t.reference()));
            case DECREASE -> t.reference() == null ? Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_REFERENCE)
                    : strictlyBetter(v, t.reference(), false, tolerance(in, t.reference()));
            case BENCHMARK -> in.benchmark() == null ? Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_BENCHMARK)
                    : atLeastAsGood(v, in.benchmark(), in.direction() != Direction.LOWER_IS_BETTER,
                            tolerance(in, in.benchmark()));
            default -> throw new IllegalArgumentException("not a numeric target: " + t.kind());
        };
    }

    private static Evaluation atLeast(BigDecimal v, BigDecimal x, BigDecimal tol) {
        Status s = v.compareTo(x) >= 0 ? Status.GREEN : v.compareTo(x.subtract(tol)) >= 0 ? Status.YELLOW : Status.RED;
        return result(s, v, x, tol);
    }

    private static Evaluation atMost(BigDecimal v, BigDecimal x, BigDecimal tol) {
        Status s = v.compareTo(x) <= 0 ? Status.GREEN : v.compareTo(x.add(tol)) <= 0 ? Status.YELLOW : Status.RED;
        return result(s, v, x, tol);
    }

    private static Evaluation range(BigDecimal v, BigDecimal lo, BigDecimal hi, BigDecimal tol) {
        Status s;
        if (v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0) {
            s = Status.GREEN;
        } else if (v.compareTo(lo.subtract(tol)) >= 0 && v.compareTo(hi.add(tol)) <= 0) {
            s = Status.YELLOW;
        } else {
            s = Status.RED;
        }
        return result(s, v, v.compareTo(lo) < 0 ? lo : hi, tol);
    }

    /** INCREASE / DECREASE: green only when strictly better than the reference. */
    private static Evaluation strictlyBetter(BigDecimal v, BigDecimal ref, boolean higherIsBetter, BigDecimal tol) {
        BigDecimal gain = higherIsBetter ? v.subtract(ref) : ref.subtract(v);
        Status s = gain.signum() > 0 ? Status.GREEN : gain.negate().compareTo(tol) <= 0 ? Status.YELLOW : Status.RED;
        return result(s, v, ref, tol);
    }

    /** BENCHMARK: green when at or better than the benchmark. */
    private static Evaluation atLeastAsGood(BigDecimal v, BigDecimal bench, boolean higherIsBetter, BigDecimal tol) {
        BigDecimal gain = higherIsBetter ? v.subtract(bench) : bench.subtract(v);
        Status s = gain.signum() >= 0 ? Status.GREEN : gain.negate().compareTo(tol) <= 0 ? Status.YELLOW : Status.RED;
        return result(s, v, bench, tol);
    }

    private static Evaluation activity(ActivityState state) {
        if (state == null) {
            return Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_DATA);
        }
        return switch (state) {
            case DONE -> Evaluation.of(Status.GREEN, Reason.ACTIVITY_DONE);
            case IN_PROGRESS -> Evaluation.of(Status.YELLOW, Reason.ACTIVITY_IN_PROGRESS);
            case NOT_STARTED, CANCELLED -> Evaluation.of(Status.RED, Reason.ACTIVITY_NOT_DONE);
        };
    }

    private static Evaluation kOfN(Integer k, Collection<Status> subIndicators) {
        long measurable = subIndicators.stream().filter(Status::measurable).count();
        long green = subIndicators.stream().filter(s -> s == Status.GREEN).count();
        if (measurable == 0) {
            return Evaluation.of(Status.NOT_MEASURABLE, Reason.NO_SUB_INDICATOR_MEASURABLE);
        }
        Evaluation e = green >= k ? Evaluation.of(Status.GREEN, Reason.ENOUGH_SUB_INDICATORS_GREEN)
                : green > 0 ? Evaluation.of(Status.YELLOW, Reason.SOME_SUB_INDICATORS_GREEN)
                        : Evaluation.of(Status.RED, Reason.NO_SUB_INDICATOR_GREEN);
        return new Evaluation(e.status(), e.reason(), BigDecimal.valueOf(green), BigDecimal.valueOf(k), null);
    }

    private static BigDecimal tolerance(Input in, BigDecimal basis) {
        return in.tolerance() != null ? in.tolerance().abs() : basis.abs().multiply(DEFAULT_TOLERANCE);
    }

    private static Evaluation result(Status s, BigDecimal v, BigDecimal comparedWith, BigDecimal tol) {
        Reason r = switch (s) {
            case GREEN -> Reason.MET;
            case YELLOW -> Reason.WITHIN_TOLERANCE;
            default -> Reason.MISSED;
        };
        return new Evaluation(s, r, v, comparedWith, tol);
    }

    /**
     * A goal's computed status from its indicators' statuses: NOT_MEASURABLE if none is measurable,
     * GREEN if every measurable one is green, RED if every measurable one is red, else YELLOW.
     */
    public static Status goal(Collection<Status> indicators) {
        long measurable = indicators.stream().filter(Status::measurable).count();
        if (measurable == 0) {
            return Status.NOT_MEASURABLE;
        }
        if (indicators.stream().filter(Status::measurable).allMatch(s -> s == Status.GREEN)) {
            return Status.GREEN;
        }
        if (indicators.stream().filter(Status::measurable).allMatch(s -> s == Status.RED)) {
            return Status.RED;
        }
        return Status.YELLOW;
    }

    /** A goal without indicators takes its status from its activities, by the ACTIVITY rule. */
    public static Status goalFromActivities(Collection<ActivityState> activities) {
        return goal(activities.stream().map(a -> activity(a).status()).toList());
    }
}
