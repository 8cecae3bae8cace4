package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.outcomes.status.TenantWork.inTenant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.IndicatorStatus;
import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;
import se.styrkort.outcomes.domain.ValueKind;

/** Reading the cells a recomputation needs, against the real database. */
@QuarkusTest
class StatusCellsTest {

    @Inject
    StatusCells cells;

    static final String TENANT = "region-jh";

    static Measurement stored(Measurement m) {
        m.created("test");
        m.persist();
        return m;
    }

    static IndicatorStatus stored(IndicatorStatus s) {
        s.created("test");
        s.id = UUID.randomUUID();
        s.persist();
        return s;
    }

    @Test
    void aRoundReadsItsScopedCellsTheirReferencePeriodsAndTheBenchmarksButNoOtherUnit() {
        UUID unit = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID riket = UUID.randomUUID();
        Planned.Goal goal = Planned.goal(unit, null);
        Planned.Indicator scoped = Planned.indicator(goal.id(), Planned.increaseFrom(2022, "2021", null));
        Planned.Indicator wide = Planned.indicator(goal.id(), Planned.atLeast(2022, "1"));
        StatusCells.Reads read = inTenant(TENANT, () -> {
            stored(Planned.measurement(scoped, unit, "2022", ValueKind.PERIOD, "1"));
            stored(Planned.measurement(scoped, unit, "2021", ValueKind.PERIOD, "2"));
            stored(Planned.measurement(scoped, riket, "2022", ValueKind.PERIOD, "3"));
            stored(Planned.measurement(scoped, other, "2020", ValueKind.PERIOD, "4"));
            stored(Planned.status(scoped.id(), unit, "2022", Status.GREEN, Reason.MET));
            stored(Planned.status(scoped.id(), other, "2022", Status.GREEN, Reason.MET));
            stored(Planned.measurement(wide, other, "2019", ValueKind.PERIOD, "5"));
            stored(Planned.status(wide.id(), other, "2019", Status.RED, Reason.MISSED));
            Map<UUID, Set<Cell>> pending = new HashMap<>();
            pending.put(scoped.id(), Set.of(new Cell(unit, "2022")));
            pending.put(wide.id(), null);
            return cells.read(List.of(scoped, wide), pending, Set.of(riket));
        });
        assertThat(read.measurements(scoped.id())).extracting(m -> m.total.toPlainString())
                .containsExactlyInAnyOrder("1", "2", "3");
        assertThat(read.statuses(scoped.id())).extracting(s -> s.orgUnitId).containsExactly(unit);
        assertThat(read.measurements(wide.id())).extracting(m -> m.period).containsExactly("2019");
        assertThat(read.statuses(wide.id())).hasSize(1);
        assertThat(read.measurements(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anotherRegionsRowsAreNotRead() {
        UUID unit = UUID.randomUUID();
        Planned.Indicator indicator = Planned.indicator(UUID.randomUUID(), Planned.atLeast(2022, "1"));
        inTenant("region-nb", () -> stored(Planned.measurement(indicator, unit, "2022", ValueKind.PERIOD, "1")));
        Map<UUID, Set<Cell>> pending = new HashMap<>();
        pending.put(indicator.id(), null);
        StatusCells.Reads read = inTenant(TENANT, () -> cells.read(List.of(indicator), pending, Set.of()));
        assertThat(read.measurements(indicator.id())).isEmpty();
    }

    @Test
    void subIndicatorStatusesAreReadInTheCellsAskedFor() {
        UUID unit = UUID.randomUUID();
        UUID sub = UUID.randomUUID();
        List<IndicatorStatus> read = inTenant(TENANT, () -> {
            stored(Planned.status(sub, unit, "2022", Status.GREEN, Reason.MET));
            stored(Planned.status(sub, unit, "2023", Status.GREEN, Reason.MET));
            return cells.subIndicatorStatuses(List.of(sub), Set.of(unit), Set.of("2022"));
        });
        assertThat(read).extracting(s -> s.period).containsExactly("2022");
        assertThat(inTenant(TENANT, () -> cells.subIndicatorStatuses(List.of(sub), null, null))).hasSize(2);
    }

    @Test
    void aGoalReadsItsStatusesItsIndicatorsAtItsOwnerAndItsAssessments() {
        UUID owner = UUID.randomUUID();
        Planned.Goal goal = Planned.goal(owner, null);
        Planned.Indicator indicator = Planned.indicator(goal.id(), Planned.atLeast(2022, "1"));
        StatusCells.GoalReads read = inTenant(TENANT, () -> {
            stored(Planned.status(indicator.id(), owner, "2022-T1", Status.GREEN, Reason.MET));
            stored(Planned.status(indicator.id(), UUID.randomUUID(), "2022-T1", Status.RED, Reason.MISSED));
            stored(Planned.status(indicator.id(), owner, "2022-T2", Status.RED, Reason.MISSED));
            Assessment a = new Assessment();
            a.created("test");
            a.goalId = goal.id();
            a.planId = goal.planId();
            a.orgUnitId = owner;
            a.period = "2022-T1";
            a.computedStatus = Status.GREEN;
            a.persist();
            return cells.goal(goal, List.of(indicator.id()), Set.of("2022-T1"));
        });
        assertThat(read.stored()).isEmpty();
        assertThat(read.atOwner()).containsOnlyKeys("2022-T1");
        assertThat(read.atOwner().get("2022-T1").get(indicator.id()).status).isEqualTo(Status.GREEN);
        assertThat(read.assessments()).containsOnlyKeys("2022-T1");
    }
}
