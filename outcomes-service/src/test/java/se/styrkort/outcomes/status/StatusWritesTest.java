package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.outcomes.status.TenantWork.inTenant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.GoalReason;
import se.styrkort.outcomes.domain.GoalStatus;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.events.GoalStatusState;
import se.styrkort.outcomes.events.IndicatorStatusState;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;

/** Writing statuses and their events, or nothing when nothing changed, against the real database. */
@QuarkusTest
class StatusWritesTest {

    @Inject
    StatusWrites writes;

    static final String TENANT = "region-jh";

    @Test
    void aNewIndicatorStatusIsWrittenWithItsNameBasedIdAndEventAndARepeatWritesNothing() {
        UUID unit = UUID.randomUUID();
        Planned.Goal goal = Planned.goal(unit, null);
        Planned.Indicator indicator = Planned.indicator(goal.id(), Planned.atLeast(2022, "90"));
        Measurement m = Planned.measurement(indicator, unit, "2022", ValueKind.PERIOD, "95");
        Evaluation e = new Evaluation(Status.GREEN, Reason.MET, new BigDecimal("95"), new BigDecimal("90"),
                new BigDecimal("9"));
        Cell cell = new Cell(unit, "2022");
        List<Outbox.Change> first = new ArrayList<>();
        inTenant(TENANT, () -> {
            writes.indicator(indicator, goal, new IndicatorStatusRule.CellStatus(cell, e, m, null, null), null, first);
            return null;
        });
        assertThat(first).hasSize(1);
        assertThat(first.get(0).changeType()).isEqualTo(ChangeType.CREATED);
        IndicatorStatusState state = (IndicatorStatusState) first.get(0).state().get();
        assertThat(state.id()).isEqualTo(StatusWrites.indicatorStatusId(TENANT, indicator.id(), cell));
        assertThat(state.total()).isEqualByComparingTo("95");
        assertThat(state.planId()).isEqualTo(goal.planId());

        List<Outbox.Change> again = new ArrayList<>();
        IndicatorStatus stored = inTenant(TENANT, () -> {
            IndicatorStatus s = IndicatorStatus.findById(state.id());
            Measurement same = Planned.measurement(indicator, unit, "2022", ValueKind.PERIOD, "95.00");
            writes.indicator(indicator, goal, new IndicatorStatusRule.CellStatus(cell, e, same, null, s), null, again);
            return s;
        });
        assertThat(again).isEmpty();
        assertThat(stored.status).isEqualTo(Status.GREEN);

        List<Outbox.Change> changed = new ArrayList<>();
        inTenant(TENANT, () -> {
            IndicatorStatus s = IndicatorStatus.findById(state.id());
            Evaluation red = new Evaluation(Status.RED, Reason.MISSED, new BigDecimal("50"), new BigDecimal("90"),
                    new BigDecimal("9"));
            writes.indicator(indicator, goal, new IndicatorStatusRule.CellStatus(cell, red,
                    Planned.measurement(indicator, unit, "2022", ValueKind.PERIOD, "50"), null, s), null, changed);
            return null;
        });
        assertThat(changed).extracting(Outbox.Change::changeType).containsExactly(ChangeType.UPDATED);
        assertThat(inTenant(TENANT, () -> ((IndicatorStatus) IndicatorStatus.findById(state.id())).total))
                .isEqualByComparingTo("50");
    }

    @Test
    void aGoalStatusCarriesItsAssessmentAndIsWrittenOnlyWhenItChanges() {
        UUID owner = UUID.randomUUID();
        Planned.Goal goal = Planned.goal(owner, null);
        GoalStatusRule.GoalVerdict verdict = new GoalStatusRule.GoalVerdict(Status.GREEN, GoalReason.ALL_MEASURABLE_GREEN,
                List.of(new GoalStatus.IndicatorEntry(UUID.randomUUID(), Status.GREEN, Reason.MET)));
        Assessment assessment = new Assessment();
        assessment.assessedStatus = Status.YELLOW;
        assessment.justification = "Bedömd gul";
        List<Outbox.Change> first = new ArrayList<>();
        inTenant(TENANT, () -> {
            writes.goal(null, goal, "2022", verdict, assessment, first);
            return null;
        });
        GoalStatusState state = (GoalStatusState) first.get(0).state().get();
        assertThat(state.id()).isEqualTo(StatusWrites.goalStatusId(TENANT, goal.id(), "2022"));
        assertThat(state.computedStatus()).isEqualTo(Status.GREEN);
        assertThat(state.reason()).isEqualTo(GoalReason.ALL_MEASURABLE_GREEN);
        assertThat(state.status()).isEqualTo(Status.YELLOW);
        assertThat(state.justification()).isEqualTo("Bedömd gul");
        assertThat(state.indicators()).hasSize(1);

        List<Outbox.Change> again = new ArrayList<>();
        inTenant(TENANT, () -> {
            writes.goal(GoalStatus.findById(state.id()), goal, "2022", verdict, assessment, again);
            return null;
        });
        assertThat(again).isEmpty();
        List<Outbox.Change> unassessed = new ArrayList<>();
        inTenant(TENANT, () -> {
            writes.goal(GoalStatus.findById(state.id()), goal, "2022", verdict, null, unassessed);
            return null;
        });
        assertThat(unassessed).extracting(Outbox.Change::changeType).containsExactly(ChangeType.UPDATED);
    }
}
