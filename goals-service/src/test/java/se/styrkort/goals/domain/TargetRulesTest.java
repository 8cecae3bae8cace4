package se.styrkort.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.domain.TargetKind;
import se.styrkort.platform.problem.Problem;

/** Each target's values against its kind, its year against the plan's, its kind against the direction. */
class TargetRulesTest {

    private static final Plan PLAN_2022_2024 = plan(2022, 2024);

    @Test
    void targetsThatFitTheirKindsPass() {
        List<TargetInput> targets = List.of(
                target(2022, TargetKind.AT_MOST, new BigDecimal("4.8"), null, null, null, null),
                target(2023, TargetKind.RANGE, null, new BigDecimal("1"), new BigDecimal("2"), null, null),
                target(2024, TargetKind.DECREASE, null, null, null, "2022", null));
        assertThat(TargetRules.check(targets, PLAN_2022_2024, Direction.LOWER_IS_BETTER, 0)).isEmpty();
    }

    @Test
    void aYearOutsideThePlanOrTwiceIsRefused() {
        List<TargetInput> targets = List.of(
                target(2021, TargetKind.UNDEFINED, null, null, null, null, null),
                target(2022, TargetKind.UNDEFINED, null, null, null, null, null),
                target(2022, TargetKind.ACTIVITY, null, null, null, null, null));
        assertThat(fields(TargetRules.check(targets, PLAN_2022_2024, Direction.HIGHER_IS_BETTER, 0)))
                .containsExactly("targets[0].year", "targets[2].year");
    }

    @Test
    void aValueTheKindDoesNotUseAndOneItNeedsAreNamed() {
        List<TargetInput> targets = List.of(
                target(2022, TargetKind.AT_LEAST, null, new BigDecimal("1"), null, null, null),
                target(2023, TargetKind.INCREASE, null, null, null, null, null));
        assertThat(fields(TargetRules.check(targets, PLAN_2022_2024, Direction.HIGHER_IS_BETTER, 0)))
                .containsExactlyInAnyOrder("targets[0].lo", "targets[0].value", "targets[1].referencePeriod");
    }

    @Test
    void aRangeUpsideDownAKOutOfReachAndAKindAgainstTheDirectionAreRefused() {
        List<TargetInput> targets = List.of(
                target(2022, TargetKind.RANGE, null, new BigDecimal("3"), new BigDecimal("2"), null, null),
                target(2023, TargetKind.K_OF_N, null, null, null, null, 3),
                target(2024, TargetKind.INCREASE, null, null, null, null, null, new BigDecimal("10")));
        assertThat(fields(TargetRules.check(targets, PLAN_2022_2024, Direction.LOWER_IS_BETTER, 2)))
                .containsExactly("targets[0].hi", "targets[1].k", "targets[2].kind");
    }

    private static Plan plan(int fromYear, int toYear) {
        Plan plan = new Plan();
        plan.fromYear = fromYear;
        plan.toYear = toYear;
        return plan;
    }

    private static TargetInput target(int year, TargetKind kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
            String referencePeriod, Integer k) {
        return target(year, kind, value, lo, hi, referencePeriod, k, null);
    }

    private static TargetInput target(int year, TargetKind kind, BigDecimal value, BigDecimal lo, BigDecimal hi,
            String referencePeriod, Integer k, BigDecimal referenceValue) {
        return new TargetInput(year, kind, value, lo, hi, referencePeriod, referenceValue, null, k, null);
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
