package se.styrkort.outcomes.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.styrkort.outcomes.domain.Affected;
import se.styrkort.outcomes.domain.MeasurementIdentity;
import se.styrkort.outcomes.domain.ValueKind;

/** Which statuses a change makes stale, worked out without a database. */
class AffectedStatusesTest {

    static final UUID UNIT = UUID.randomUUID();
    static final UUID OTHER_UNIT = UUID.randomUUID();
    static final UUID RIKET = UUID.randomUUID();

    static MeasurementIdentity written(UUID indicator, UUID unit, String period) {
        return new MeasurementIdentity(indicator, unit, period, ValueKind.PERIOD);
    }

    @Test
    void aWrittenOutcomeMakesItsOwnCellStale() {
        UUID indicator = UUID.randomUUID();
        StatusScope scope = AffectedStatuses.ofOutcomes(
                List.of(written(indicator, UNIT, "2022-T1"), written(indicator, OTHER_UNIT, "2022-T2")), Set.of(RIKET),
                Map.of());
        assertThat(scope.cells()).containsOnlyKeys(indicator);
        assertThat(scope.cells().get(indicator)).containsExactly(new Cell(UNIT, "2022-T1"), new Cell(OTHER_UNIT, "2022-T2"));
    }

    @Test
    void aBenchmarkValueMakesEveryCellOfItsIndicatorStale() {
        UUID indicator = UUID.randomUUID();
        StatusScope scope = AffectedStatuses.ofOutcomes(
                List.of(written(indicator, UNIT, "2022"), written(indicator, RIKET, "2022")), Set.of(RIKET), Map.of());
        assertThat(scope.cells()).containsEntry(indicator, null);
    }

    @Test
    void anOutcomeInAReferencePeriodMakesEveryCellStaleButOthersOnlyTheirOwn() {
        UUID compared = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        StatusScope scope = AffectedStatuses.ofOutcomes(
                List.of(written(compared, UNIT, "2021"), written(plain, UNIT, "2021")), Set.of(),
                Map.of(compared, Set.of("2021")));
        assertThat(scope.cells()).containsEntry(compared, null);
        assertThat(scope.cells().get(plain)).containsExactly(new Cell(UNIT, "2021"));
    }

    @Test
    void aScopeOnceWideStaysWide() {
        UUID indicator = UUID.randomUUID();
        StatusScope scope = new StatusScope().add(indicator, new Cell(UNIT, "2022")).add(indicator, null)
                .add(indicator, new Cell(OTHER_UNIT, "2022"));
        assertThat(scope.cells()).containsEntry(indicator, null);
    }

    @Test
    void aChangedStructureMakesEveryCellOfItsIndicatorsStale() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        StatusScope scope = AffectedStatuses.ofStructure(new Affected(new HashSet<>(List.of(a, b)), new HashSet<>()));
        assertThat(scope.cells()).containsOnlyKeys(a, b).containsEntry(a, null).containsEntry(b, null);
    }

    @Test
    void theIndicatorsCountingAnotherFollowInItsCellsUnlessDone() {
        UUID goal = UUID.randomUUID();
        Planned.Indicator sub = Planned.indicator(goal, Planned.atLeast(2022, "1"));
        Planned.Indicator parent = Planned.indicator(goal, Planned.kOfN(2022, 1)).counting(List.of(sub.id()));
        Planned.Indicator doneParent = Planned.indicator(goal, Planned.kOfN(2022, 1)).counting(List.of(sub.id()));
        Planned.Indicator unrelated = Planned.indicator(goal, Planned.kOfN(2022, 1)).counting(List.of(UUID.randomUUID()));
        StatusScope parents = new StatusScope();
        Set<Cell> cells = Set.of(new Cell(UNIT, "2022"));
        AffectedStatuses.addParents(parents, sub.id(), cells, List.of(parent, doneParent, unrelated),
                Set.of(sub.id(), doneParent.id()));
        assertThat(parents.cells()).containsOnlyKeys(parent.id());
        assertThat(parents.cells().get(parent.id())).containsExactly(new Cell(UNIT, "2022"));

        StatusScope wide = new StatusScope();
        AffectedStatuses.addParents(wide, sub.id(), null, List.of(parent), Set.of(sub.id()));
        assertThat(wide.cells()).containsEntry(parent.id(), null);
    }

    @Test
    void theReferencePeriodsAreThoseOfItsTargets() {
        Planned.Indicator indicator = Planned.indicator(UUID.randomUUID(), Planned.increaseFrom(2022, "2021", null),
                Planned.increaseFrom(2023, null, "5"), Planned.atLeast(2024, "1"));
        assertThat(AffectedStatuses.referencePeriods(indicator)).containsExactly("2021");
    }
}
