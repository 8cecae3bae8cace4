package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.outcomes.domain.Status.GREEN;
import static se.styrkort.outcomes.domain.Status.NOT_MEASURABLE;
import static se.styrkort.outcomes.domain.Status.RED;
import static se.styrkort.outcomes.domain.Status.YELLOW;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.Direction;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.platform.domain.TargetKind;

/** The status rules of docs/domain.md, with the target wordings of the seeds. */
class StatusRuleTest {

    static Evaluation eval(Target target, String outcome) {
        return StatusRule.evaluate(new StatusRule.Input(target, Direction.HIGHER_IS_BETTER, null, true,
                outcome == null ? null : new BigDecimal(outcome), null, null, List.of()));
    }

    static Status status(Target target, String outcome) {
        return eval(target, outcome).status();
    }

    @Test
    void atLeastMinst90Percent() {
        assertThat(status(Target.atLeast("90"), "92")).isEqualTo(GREEN);
        assertThat(status(Target.atLeast("90"), "90")).isEqualTo(GREEN);
        assertThat(status(Target.atLeast("90"), "81")).isEqualTo(YELLOW);
        assertThat(status(Target.atLeast("90"), "80.9")).isEqualTo(RED);
        Evaluation why = eval(Target.atLeast("90"), "85");
        assertThat(why.reason()).isEqualTo(Reason.WITHIN_TOLERANCE);
        assertThat(why.comparedWith()).isEqualByComparingTo("90");
        assertThat(why.tolerance()).isEqualByComparingTo("9");
    }

    @Test
    void atMostHogst5PercentAndMindreAn220Recept() {
        assertThat(status(Target.atMost("5"), "5")).isEqualTo(GREEN);
        assertThat(status(Target.atMost("5"), "5.5")).isEqualTo(YELLOW);
        assertThat(status(Target.atMost("5"), "5.6")).isEqualTo(RED);
        assertThat(status(Target.atMost("220"), "219")).isEqualTo(GREEN);
        assertThat(status(Target.atMost("220"), "240")).isEqualTo(YELLOW);
    }

    @Test
    void atMostANegativeTargetHogstMinus2Komma2Percent() {
        // "Högst -2,2 %": tolerance is 10 % of |-2.2| = 0.22.
        assertThat(status(Target.atMost("-2.2"), "-2.3")).isEqualTo(GREEN);
        assertThat(status(Target.atMost("-2.2"), "-1.98")).isEqualTo(YELLOW);
        assertThat(status(Target.atMost("-2.2"), "-1.9")).isEqualTo(RED);
    }

    @Test
    void rangeWithToleranceOnBothSides() {
        Target t = Target.range("40", "60");
        assertThat(status(t, "50")).isEqualTo(GREEN);
        assertThat(status(t, "35")).isEqualTo(YELLOW);
        assertThat(status(t, "66")).isEqualTo(YELLOW);
        assertThat(status(t, "33")).isEqualTo(RED);
    }

    @Test
    void increaseAndDecreaseMustBeStrictlyBetterThanTheReference() {
        // "ska öka jämfört med 2022"
        assertThat(status(Target.increase(new BigDecimal("100")), "101")).isEqualTo(GREEN);
        assertThat(status(Target.increase(new BigDecimal("100")), "100")).isEqualTo(YELLOW);
        assertThat(status(Target.increase(new BigDecimal("100")), "89")).isEqualTo(RED);
        // "Lägre än ackumulerat värde 2022"
        assertThat(status(Target.decrease(new BigDecimal("50")), "49")).isEqualTo(GREEN);
        assertThat(status(Target.decrease(new BigDecimal("50")), "55")).isEqualTo(YELLOW);
        assertThat(status(Target.decrease(new BigDecimal("50")), "56")).isEqualTo(RED);
        assertThat(eval(Target.decrease(null), "49").reason()).isEqualTo(Reason.NO_REFERENCE);
    }

    @Test
    void benchmarkInNivaMedRiketFollowsTheIndicatorsDirection() {
        // Antibiotic prescriptions per 1000 inhabitants, lower is better; riket 250.
        Target t = Target.of(TargetKind.BENCHMARK);
        assertThat(bench(t, "240", "250")).isEqualTo(GREEN);
        assertThat(bench(t, "250", "250")).isEqualTo(GREEN);
        assertThat(bench(t, "270", "250")).isEqualTo(YELLOW);
        assertThat(bench(t, "280", "250")).isEqualTo(RED);
        assertThat(StatusRule.evaluate(new StatusRule.Input(t, Direction.LOWER_IS_BETTER, null, true,
                new BigDecimal("240"), null, null, List.of())).reason()).isEqualTo(Reason.NO_BENCHMARK);
    }

    @Test
    void activityGenomfordPagaendeNej() {
        assertThat(activity(ActivityState.DONE)).isEqualTo(GREEN);
        assertThat(activity(ActivityState.IN_PROGRESS)).isEqualTo(YELLOW);
        assertThat(activity(ActivityState.NOT_STARTED)).isEqualTo(RED);
        assertThat(activity(null)).isEqualTo(NOT_MEASURABLE);
    }

    @Test
    void kOfNTwoOfThreeParameters() {
        assertThat(kOfN(GREEN, GREEN, RED)).isEqualTo(GREEN);
        assertThat(kOfN(GREEN, RED, YELLOW)).isEqualTo(YELLOW);
        assertThat(kOfN(RED, RED, NOT_MEASURABLE)).isEqualTo(RED);
        assertThat(kOfN(NOT_MEASURABLE, NOT_MEASURABLE, NOT_MEASURABLE)).isEqualTo(NOT_MEASURABLE);
    }

    @Test
    void notDueNoDataAndNoTargetAreNotMeasurableForDifferentReasons() {
        Target t = Target.atLeast("90");
        assertThat(StatusRule.evaluate(new StatusRule.Input(t, Direction.HIGHER_IS_BETTER, null, false,
                new BigDecimal("95"), null, null, List.of())).reason()).isEqualTo(Reason.NOT_DUE);
        assertThat(eval(t, null).reason()).isEqualTo(Reason.NO_DATA);
        // "Kompletteras senare"
        assertThat(eval(Target.of(TargetKind.UNDEFINED), "95").reason()).isEqualTo(Reason.NO_TARGET);
        assertThat(eval(null, "95").reason()).isEqualTo(Reason.NO_TARGET);
        assertThat(eval(t, null).status()).isEqualTo(NOT_MEASURABLE);
    }

    @Test
    void anExplicitToleranceReplacesTheTenPercent() {
        Evaluation e = StatusRule.evaluate(new StatusRule.Input(Target.atLeast("90"), Direction.HIGHER_IS_BETTER,
                new BigDecimal("2"), true, new BigDecimal("87"), null, null, List.of()));
        assertThat(e.status()).isEqualTo(RED);
        assertThat(e.tolerance()).isEqualByComparingTo("2");
    }

    @Test
    void aGoalIsGreenOrRedOnlyWhenAllItsMeasurableIndicatorsAre() {
        assertThat(StatusRule.goal(List.of(GREEN, GREEN, NOT_MEASURABLE))).isEqualTo(GREEN);
        assertThat(StatusRule.goal(List.of(RED, RED))).isEqualTo(RED);
        assertThat(StatusRule.goal(List.of(GREEN, RED))).isEqualTo(YELLOW);
        assertThat(StatusRule.goal(List.of(NOT_MEASURABLE))).isEqualTo(NOT_MEASURABLE);
        assertThat(StatusRule.goal(List.of())).isEqualTo(NOT_MEASURABLE);
        assertThat(StatusRule.goalFromActivities(List.of(ActivityState.DONE, ActivityState.IN_PROGRESS))).isEqualTo(YELLOW);
        assertThat(StatusRule.goalFromActivities(List.of(ActivityState.DONE))).isEqualTo(GREEN);
    }

    private static Status bench(Target t, String outcome, String benchmark) {
        return StatusRule.evaluate(new StatusRule.Input(t, Direction.LOWER_IS_BETTER, null, true,
                new BigDecimal(outcome), new BigDecimal(benchmark), null, List.of())).status();
    }

    private static Status activity(ActivityState state) {
        return StatusRule.evaluate(new StatusRule.Input(Target.of(TargetKind.ACTIVITY), Direction.HIGHER_IS_BETTER,
                null, true, null, null, state, List.of())).status();
    }

    private static Status kOfN(Status... subs) {
        return StatusRule.evaluate(new StatusRule.Input(Target.kOfN(2), Direction.HIGHER_IS_BETTER, null, true, null,
                null, null, List.of(subs))).status();
    }
}
