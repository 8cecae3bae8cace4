package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.GoalReason;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.platform.domain.FollowUpFrequency;

/** A goal's status from its indicators' statuses at its owner unit, or from its activities. */
class GoalStatusRuleTest {

    static final UUID OWNER = UUID.randomUUID();
    static final Planned.Goal GOAL = Planned.goal(OWNER, FollowUpFrequency.INTERIM_REPORTS);

    @Test
    void itsIndicatorsDecideAndOneWithoutAStatusIsNotMeasurable() {
        Planned.Indicator green = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "1"));
        Planned.Indicator red = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "1"));
        Planned.Indicator silent = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "1"));
        GoalStatusRule.GoalVerdict verdict = GoalStatusRule.evaluate(GOAL, List.of(green, red, silent),
                Map.of(green.id(), Planned.status(green.id(), OWNER, "2022-T1", Status.GREEN, Reason.MET),
                        red.id(), Planned.status(red.id(), OWNER, "2022-T1", Status.RED, Reason.MISSED)),
                List.of(ActivityState.DONE), "2022-T1");
        assertThat(verdict.status()).isEqualTo(Status.YELLOW);
        assertThat(verdict.reason()).isEqualTo(GoalReason.MIXED);
        assertThat(verdict.indicators()).containsExactly(
                new GoalStatus.IndicatorEntry(green.id(), Status.GREEN, Reason.MET),
                new GoalStatus.IndicatorEntry(red.id(), Status.RED, Reason.MISSED),
                new GoalStatus.IndicatorEntry(silent.id(), Status.NOT_MEASURABLE, Reason.NO_DATA));
    }

    @Test
    void anIndicatorWithoutAStatusInAPeriodItIsNotFollowedUpInIsNotDue() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "1"));
        GoalStatusRule.GoalVerdict verdict = GoalStatusRule.evaluate(GOAL, List.of(indicator), Map.of(), List.of(),
                "2022-T3");
        assertThat(verdict.indicators()).containsExactly(
                new GoalStatus.IndicatorEntry(indicator.id(), Status.NOT_MEASURABLE, Reason.NOT_DUE));
        assertThat(verdict.status()).isEqualTo(Status.NOT_MEASURABLE);
        assertThat(verdict.reason()).isEqualTo(GoalReason.NONE_MEASURABLE);
    }

    @Test
    void withoutIndicatorsItsActivitiesDecide() {
        GoalStatusRule.GoalVerdict verdict = GoalStatusRule.evaluate(GOAL, List.of(), Map.of(),
                List.of(ActivityState.DONE, ActivityState.DONE), "2022");
        assertThat(verdict.status()).isEqualTo(Status.GREEN);
        assertThat(verdict.reason()).isEqualTo(GoalReason.FROM_ACTIVITIES);
        assertThat(verdict.indicators()).isEmpty();
    }

    @Test
    void withNeitherItIsNotMeasurable() {
        GoalStatusRule.GoalVerdict verdict = GoalStatusRule.evaluate(GOAL, List.of(), Map.of(), List.of(), "2022");
        assertThat(verdict.status()).isEqualTo(Status.NOT_MEASURABLE);
        assertThat(verdict.reason()).isEqualTo(GoalReason.NO_INDICATORS_OR_ACTIVITIES);
    }

    @Test
    void thePeriodsAskedForAreTheOnesComputed() {
        assertThat(GoalStatusRule.periods(Set.of("2022-T2"), List.of("2021"), List.of("2022-T1"), List.of(), true, false,
                FollowUpFrequency.TERTIAL, List.of(2022))).containsExactly("2022-T2");
    }

    @Test
    void otherwiseEveryPeriodWithAStatusAnIndicatorStatusOrAnAssessment() {
        assertThat(GoalStatusRule.periods(null, List.of("2021"), List.of("2022-T1"), List.of("2022-T2"), true, true,
                FollowUpFrequency.TERTIAL, List.of(2022))).containsExactly("2021", "2022-T1", "2022-T2");
    }

    @Test
    void aGoalFollowedUpByActivitiesAloneIsDueInEveryPeriodOfItsPlansYears() {
        assertThat(GoalStatusRule.periods(null, List.of(), List.of(), List.of(), false, true,
                FollowUpFrequency.INTERIM_REPORTS, List.of(2022, 2023)))
                .containsExactly("2022", "2022-T1", "2022-T2", "2023", "2023-T1", "2023-T2");
        assertThat(GoalStatusRule.periods(null, List.of(), List.of(), List.of(), false, false,
                FollowUpFrequency.INTERIM_REPORTS, List.of(2022))).isEmpty();
    }
}
