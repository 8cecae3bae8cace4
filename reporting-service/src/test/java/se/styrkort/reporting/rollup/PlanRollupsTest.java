package se.styrkort.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.InTenant;

/** A plan's roll-ups computed at every level from the read model, and kept against those last published. */
@QuarkusTest
class PlanRollupsTest {

    static final String UNIT = Feed.id();
    static final String SUB_UNIT = Feed.id();
    static final String PLAN = Feed.id();
    static final String CARE = Feed.id();
    static final String STAFF = Feed.id();
    static final String OG_CARE = Feed.id();
    static final String G1 = Feed.id();
    static final String G2 = Feed.id();

    static boolean fed;

    @Inject
    PlanRollups planRollups;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    @BeforeEach
    void feed() {
        if (fed) {
            return;
        }
        fed = true;
        new Feed("region-jh").orgUnit(UNIT, "Regionstaben", null).orgUnit(SUB_UNIT, "Regionservice", UNIT)
                .plan(PLAN, "Verksamhetsplan 2022", UNIT).strategy(CARE, PLAN, "Vård", 1)
                .strategy(STAFF, PLAN, "Medarbetare", 2)
                .overallGoal(OG_CARE, CARE, null, "God vård")
                .goal(G1, 0, PLAN, UNIT, OG_CARE, "Kortare väntetider").goal(G2, 0, PLAN, SUB_UNIT, null, "Ej placerat mål")
                .goalStatus(G1, 0, PLAN, UNIT, "2022-T1", "YELLOW", null)
                .goalStatus(G1, 0, PLAN, UNIT, "2022-T2", "GREEN", null)
                .goalStatus(G2, 0, PLAN, SUB_UNIT, "2022-T2", "RED", null).publish();
        // Fed when the consumers have published roll-ups that count every goal status under its strategy and unit.
        await().atMost(Duration.ofSeconds(90)).until(() -> InTenant.jh(() -> {
            PublishedRollup plan = published(RollupLevel.PLAN, PLAN);
            PublishedRollup care = published(RollupLevel.STRATEGY, CARE);
            PublishedRollup unit = published(RollupLevel.UNIT, SUB_UNIT);
            PublishedRollup owner = published(RollupLevel.UNIT, UNIT);
            return plan != null && plan.green == 1 && plan.red == 1 && plan.keyName.equals("Verksamhetsplan 2022")
                    && care != null && care.green == 1 && unit != null && unit.keyName.equals("Regionservice")
                    && owner != null && owner.keyName.equals("Regionstaben")
                    && planRollups.periods(uuid(PLAN)).size() == 2;
        }));
    }

    PublishedRollup published(RollupLevel level, String key) {
        return em.find(PublishedRollup.class, PublishedRollup.idOf("region-jh", uuid(PLAN), "2022-T2", level, uuid(key)));
    }

    /** In a transaction rolled back at its end, so that what the work stores stays out of the other tests' way. */
    <T> T rolledBack(Callable<T> work) {
        return TenantContext.call("region-jh", () -> {
            tx.begin();
            try {
                return work.call();
            } finally {
                tx.rollback();
            }
        });
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    @Test
    void everyLevelIsComputedWithEveryStrategyAndAGroupForTheUnplaced() {
        List<Rollups.Group> groups = InTenant.jh(() -> planRollups.compute(uuid(PLAN), "2022-T2"));

        assertThat(groups).extracting(Rollups.Group::level).containsExactly(RollupLevel.PLAN, RollupLevel.STRATEGY,
                RollupLevel.STRATEGY, RollupLevel.STRATEGY, RollupLevel.OVERALL_GOAL, RollupLevel.OVERALL_GOAL,
                RollupLevel.UNIT, RollupLevel.UNIT);
        assertThat(groups).extracting(Rollups.Group::keyName).containsExactly("Verksamhetsplan 2022", "Vård",
                "Medarbetare", Rollups.UNPLACED, "God vård", Rollups.UNPLACED, "Regionservice", "Regionstaben");
        assertThat(groups.get(0).rollup().counts()).containsEntry(Status.GREEN, 1).containsEntry(Status.RED, 1);
        assertThat(groups.get(0).rollup().overall()).isEqualTo(Status.YELLOW);
        assertThat(groups.get(2).rollup().total()).as("a strategy with no goals yet").isZero();
        assertThat(groups.get(3).goals()).extracting(GoalLine::goalId).containsExactly(uuid(G2));
    }

    @Test
    void thePeriodsAreThoseWithStatusesOrPublishedRollups() {
        assertThat(InTenant.jh(() -> planRollups.periods(uuid(PLAN)))).containsExactly("2022-T1", "2022-T2");
        assertThat(InTenant.jh(() -> planRollups.periods(uuid(Feed.id())))).isEmpty();
    }

    @Test
    void onlyWhatDiffersFromWhatWasPublishedIsAChange() {
        UUID plan = uuid(PLAN);
        UUID careKey = PublishedRollup.idOf("region-jh", plan, "2022-T2", RollupLevel.STRATEGY, uuid(CARE));
        List<RollupChanges.Change> none = rolledBack(() -> planRollups.refresh("region-jh", plan, "2022-T2"));
        assertThat(none).as("the consumers published these figures").isEmpty();

        List<RollupChanges.Change> changes = rolledBack(() -> {
            em.createNativeQuery("update rollup set green = 0, key_name = 'Gammalt namn' where id = ?1")
                    .setParameter(1, careKey).executeUpdate();
            em.createNativeQuery("delete from rollup where plan_id = ?1 and period = '2022-T2' and level = 'UNIT'")
                    .setParameter(1, plan).executeUpdate();
            em.clear();
            return planRollups.refresh("region-jh", plan, "2022-T2");
        });
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).created()).isFalse();
        assertThat(changes.get(0).rollup().id).isEqualTo(careKey);
        assertThat(changes.get(0).rollup().keyName).isEqualTo("Vård");
        assertThat(changes.get(0).rollup().green).isEqualTo(1);
        assertThat(changes.subList(1, 3)).allMatch(RollupChanges.Change::created)
                .allMatch(c -> c.rollup().level == RollupLevel.UNIT);
    }
}
