package se.styrkort.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.reporting.rollup.Status.GREEN;
import static se.styrkort.reporting.rollup.Status.NOT_MEASURABLE;
import static se.styrkort.reporting.rollup.Status.RED;
import static se.styrkort.reporting.rollup.Status.YELLOW;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which roll-ups are published: new keys, changed figures or names, keys left with no goals; nothing else. */
class RollupChangesTest {

    static final String TENANT = "region-jh";
    static final UUID PLAN = UUID.randomUUID();
    static final UUID STRATEGY = UUID.randomUUID();
    static final UUID UNIT = UUID.randomUUID();

    static Rollups.Group group(RollupLevel level, UUID key, String name, Status... statuses) {
        return new Rollups.Group(level, key, name, List.of(), Rollup.of(List.of(statuses)));
    }

    static List<PublishedRollup> rollups(List<RollupChanges.Change> changes) {
        return changes.stream().map(RollupChanges.Change::rollup).toList();
    }

    @Test
    void everyKeyIsNewTheFirstTimeAndNothingChangesWhenComputedAlike() {
        List<Rollups.Group> computed = List.of(group(RollupLevel.PLAN, PLAN, "Verksamhetsplan 2022", GREEN, RED),
                group(RollupLevel.STRATEGY, STRATEGY, "Vård", GREEN, RED, NOT_MEASURABLE));

        List<RollupChanges.Change> first = RollupChanges.between(List.of(), computed, TENANT, PLAN, "2022-T2");

        assertThat(first).hasSize(2).allMatch(RollupChanges.Change::created);
        PublishedRollup plan = first.get(0).rollup();
        assertThat(plan.id).isEqualTo(PublishedRollup.idOf(TENANT, PLAN, "2022-T2", RollupLevel.PLAN, PLAN));
        assertThat(plan.planId).isEqualTo(PLAN);
        assertThat(plan.period).isEqualTo("2022-T2");
        assertThat(plan.keyName).isEqualTo("Verksamhetsplan 2022");
        assertThat(plan.createdBy).isEqualTo(PublishedRollup.PUBLISHER);
        assertThat(plan.green).isEqualTo(1);
        assertThat(plan.red).isEqualTo(1);
        assertThat(plan.overallStatus).isEqualTo(YELLOW);
        assertThat(first.get(1).rollup().notMeasurable).isEqualTo(1);

        assertThat(RollupChanges.between(rollups(first), computed, TENANT, PLAN, "2022-T2")).isEmpty();
    }

    @Test
    void aRollupWhoseFiguresOrNameChangedIsPublishedAgain() {
        List<PublishedRollup> published = rollups(RollupChanges.between(List.of(),
                List.of(group(RollupLevel.PLAN, PLAN, "Plan", GREEN, GREEN),
                        group(RollupLevel.STRATEGY, STRATEGY, "Vård", GREEN)),
                TENANT, PLAN, "2022-T2"));

        List<RollupChanges.Change> changes = RollupChanges.between(published,
                List.of(group(RollupLevel.PLAN, PLAN, "Plan", GREEN, RED),
                        group(RollupLevel.STRATEGY, STRATEGY, "Vård och hälsa", GREEN)),
                TENANT, PLAN, "2022-T2");

        assertThat(changes).hasSize(2).noneMatch(RollupChanges.Change::created);
        assertThat(changes.get(0).rollup()).isSameAs(published.get(0));
        assertThat(changes.get(0).rollup().red).isEqualTo(1);
        assertThat(changes.get(0).rollup().overallStatus).isEqualTo(YELLOW);
        assertThat(changes.get(1).rollup().keyName).isEqualTo("Vård och hälsa");
    }

    @Test
    void aKeyLeftWithNoGoalsIsPublishedOnceMoreEmpty() {
        List<PublishedRollup> published = rollups(RollupChanges.between(List.of(),
                List.of(group(RollupLevel.UNIT, UNIT, "Regionservice", RED)), TENANT, PLAN, "2022-T2"));

        List<RollupChanges.Change> gone = RollupChanges.between(published, List.of(), TENANT, PLAN, "2022-T2");

        assertThat(gone).singleElement().satisfies(c -> {
            assertThat(c.created()).isFalse();
            assertThat(c.rollup().keyName).isEqualTo("Regionservice");
            assertThat(c.rollup().red).isZero();
            assertThat(c.rollup().overallStatus).isEqualTo(NOT_MEASURABLE);
        });
        assertThat(RollupChanges.between(published, List.of(), TENANT, PLAN, "2022-T2")).as("once").isEmpty();
    }

    @Test
    void theSameKeyInAnotherPeriodOrTenantIsAnotherRollup() {
        List<Rollups.Group> computed = List.of(group(RollupLevel.PLAN, PLAN, "Plan", GREEN));
        List<PublishedRollup> t2 = rollups(RollupChanges.between(List.of(), computed, TENANT, PLAN, "2022-T2"));

        List<RollupChanges.Change> t3 = RollupChanges.between(List.of(), computed, TENANT, PLAN, "2022-T3");
        List<RollupChanges.Change> other = RollupChanges.between(List.of(), computed, "region-x", PLAN, "2022-T2");

        assertThat(t3.get(0).rollup().id).isNotEqualTo(t2.get(0).id);
        assertThat(other.get(0).rollup().id).isNotEqualTo(t2.get(0).id);
    }
}
