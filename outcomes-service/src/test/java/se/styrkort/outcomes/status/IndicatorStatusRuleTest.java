package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.outcomes.domain.BaselineState;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.TargetState;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.status.IndicatorStatusRule.CellStatus;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TargetKind;

/** An indicator's status in each of its cells, from outcomes, targets, benchmarks and sub-indicators in memory. */
class IndicatorStatusRuleTest {

    static final UUID UNIT = UUID.randomUUID();
    static final UUID OTHER_UNIT = UUID.randomUUID();
    static final UUID RIKET = UUID.randomUUID();
    static final Planned.Goal GOAL = Planned.goal(UNIT, FollowUpFrequency.TERTIAL);

    static List<CellStatus> evaluate(Planned.Indicator indicator, Set<Cell> scoped, List<Measurement> measurements,
            List<IndicatorStatus> stored) {
        return IndicatorStatusRule.evaluate(indicator, GOAL, scoped, measurements, stored, List.of(), Map.of("riket", RIKET));
    }

    static CellStatus at(List<CellStatus> cells, UUID unit, String period) {
        return cells.stream().filter(c -> c.cell().equals(new Cell(unit, period))).findFirst().orElseThrow();
    }

    @Test
    void theAccumulatedOutcomeCountsOverThePeriods() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "90"));
        List<CellStatus> cells = evaluate(indicator, null,
                List.of(Planned.measurement(indicator, UNIT, "2022-T2", ValueKind.PERIOD, "95"),
                        Planned.measurement(indicator, UNIT, "2022-T2", ValueKind.ACCUMULATED, "50")),
                List.of());
        CellStatus cell = at(cells, UNIT, "2022-T2");
        assertThat(cell.outcome().valueKind).isEqualTo(ValueKind.ACCUMULATED);
        assertThat(cell.evaluation().status()).isEqualTo(Status.RED);
        assertThat(cell.target().kind()).isEqualTo(TargetKind.AT_LEAST);
        assertThat(cell.stored()).isNull();
    }

    @Test
    void aScopeKeepsToItsCellsAndFindsTheStatusStoredThere() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "90"));
        IndicatorStatus stored = Planned.status(indicator.id(), UNIT, "2022-T1", Status.RED, Reason.MISSED);
        List<CellStatus> cells = evaluate(indicator, Set.of(new Cell(UNIT, "2022-T1")),
                List.of(Planned.measurement(indicator, UNIT, "2022-T1", ValueKind.PERIOD, "91"),
                        Planned.measurement(indicator, OTHER_UNIT, "2022-T1", ValueKind.PERIOD, "10"),
                        Planned.measurement(indicator, UNIT, "2022-T2", ValueKind.PERIOD, "10")),
                List.of(stored, Planned.status(indicator.id(), OTHER_UNIT, "2022-T1", Status.RED, Reason.MISSED)));
        assertThat(cells).extracting(CellStatus::cell).containsExactly(new Cell(UNIT, "2022-T1"));
        assertThat(cells.get(0).stored()).isSameAs(stored);
        assertThat(cells.get(0).evaluation().status()).isEqualTo(Status.GREEN);
    }

    @Test
    void aStatusWhoseOutcomeMovedAwayHasNoData() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "90"));
        List<CellStatus> cells = evaluate(indicator, null, List.of(),
                List.of(Planned.status(indicator.id(), UNIT, "2022-T1", Status.GREEN, Reason.MET)));
        assertThat(at(cells, UNIT, "2022-T1").evaluation().reason()).isEqualTo(Reason.NO_DATA);
        assertThat(at(cells, UNIT, "2022-T1").outcome()).isNull();
    }

    @Test
    void aPeriodNotFollowedUpIsNotDue() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.atLeast(2022, "90"))
                .withFrequency(FollowUpFrequency.INTERIM_REPORTS);
        List<CellStatus> cells = evaluate(indicator, null,
                List.of(Planned.measurement(indicator, UNIT, "2022-T3", ValueKind.PERIOD, "95")), List.of());
        assertThat(at(cells, UNIT, "2022-T3").evaluation().reason()).isEqualTo(Reason.NOT_DUE);
    }

    @Test
    void aBenchmarkIsTheOrganizationsOutcomeAndGetsNoStatusOfItsOwn() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.benchmark(2022, " Riket "));
        List<CellStatus> cells = evaluate(indicator, Set.of(new Cell(UNIT, "2022")),
                List.of(Planned.measurement(indicator, UNIT, "2022", ValueKind.PERIOD, "80"),
                        Planned.measurement(indicator, RIKET, "2022", ValueKind.PERIOD, "100")),
                List.of());
        assertThat(cells).extracting(CellStatus::cell).containsExactly(new Cell(UNIT, "2022"));
        assertThat(cells.get(0).evaluation().status()).isEqualTo(Status.RED);
        assertThat(cells.get(0).evaluation().comparedWith()).isEqualByComparingTo("100");
    }

    @Test
    void anIncreaseComparesWithItsValueElseTheOutcomeThenElseTheBaseline() {
        TargetState byValue = Planned.increaseFrom(2022, "2021", "7");
        Map<Cell, Measurement> outcomes = Map.of(new Cell(UNIT, "2021"),
                Planned.measurement(Planned.indicator(GOAL.id()), UNIT, "2021", ValueKind.PERIOD, "5"));
        List<BaselineState> baselines = List.of(new BaselineState("2021", new BigDecimal("3"), null, null));
        assertThat(IndicatorStatusRule.reference(byValue, baselines, outcomes, UNIT)).isEqualByComparingTo("7");
        TargetState byPeriod = Planned.increaseFrom(2022, "2021", null);
        assertThat(IndicatorStatusRule.reference(byPeriod, baselines, outcomes, UNIT)).isEqualByComparingTo("5");
        assertThat(IndicatorStatusRule.reference(byPeriod, baselines, outcomes, OTHER_UNIT)).isEqualByComparingTo("3");
        assertThat(IndicatorStatusRule.reference(byPeriod, List.of(), outcomes, OTHER_UNIT)).isNull();
        assertThat(IndicatorStatusRule.reference(Planned.increaseFrom(2022, null, null), baselines, outcomes, UNIT)).isNull();
    }

    @Test
    void anIncreaseReadsTheReferencePeriodOutsideItsScope() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.increaseFrom(2022, "2021", null));
        List<CellStatus> cells = evaluate(indicator, Set.of(new Cell(UNIT, "2022")),
                List.of(Planned.measurement(indicator, UNIT, "2021", ValueKind.PERIOD, "5"),
                        Planned.measurement(indicator, UNIT, "2022", ValueKind.PERIOD, "6")),
                List.of());
        assertThat(cells).extracting(CellStatus::cell).containsExactly(new Cell(UNIT, "2022"));
        assertThat(cells.get(0).evaluation().status()).isEqualTo(Status.GREEN);
        assertThat(cells.get(0).evaluation().comparedWith()).isEqualByComparingTo("5");
    }

    @Test
    void aCountingIndicatorHasAStatusWhereItsSubIndicatorsHave() {
        Planned.Indicator parent = Planned.indicator(GOAL.id(), Planned.kOfN(2022, 2)).counting(List.of(UUID.randomUUID(),
                UUID.randomUUID()));
        List<IndicatorStatus> subs = List.of(
                Planned.status(parent.subIndicatorIds().get(0), UNIT, "2022", Status.GREEN, Reason.MET),
                Planned.status(parent.subIndicatorIds().get(1), UNIT, "2022", Status.GREEN, Reason.MET));
        List<CellStatus> cells = IndicatorStatusRule.evaluate(parent, GOAL, null, List.of(), List.of(), subs, Map.of());
        assertThat(cells).extracting(CellStatus::cell).containsExactly(new Cell(UNIT, "2022"));
        assertThat(cells.get(0).evaluation().reason()).isEqualTo(Reason.ENOUGH_SUB_INDICATORS_GREEN);
    }

    @Test
    void anActivityIndicatorTakesItsState() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(),
                new TargetState(2022, TargetKind.ACTIVITY, null, null, null, null, null, null, null, null));
        List<CellStatus> cells = evaluate(indicator, null,
                List.of(Planned.activity(indicator, UNIT, "2022", ActivityState.IN_PROGRESS)), List.of());
        assertThat(at(cells, UNIT, "2022").evaluation().reason()).isEqualTo(Reason.ACTIVITY_IN_PROGRESS);
    }

    @Test
    void noTargetForTheYearIsNoTarget() {
        Planned.Indicator indicator = Planned.indicator(GOAL.id(), Planned.atLeast(2023, "90"));
        List<CellStatus> cells = evaluate(indicator, null,
                List.of(Planned.measurement(indicator, UNIT, "2022", ValueKind.PERIOD, "95")), List.of());
        assertThat(at(cells, UNIT, "2022").evaluation().reason()).isEqualTo(Reason.NO_TARGET);
        assertThat(at(cells, UNIT, "2022").target()).isNull();
    }
}
