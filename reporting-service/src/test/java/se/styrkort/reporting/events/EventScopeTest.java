package se.styrkort.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.InTenant;
import se.styrkort.reporting.PlanOutline;
import se.styrkort.reporting.readmodel.Goal;
import se.styrkort.reporting.readmodel.GoalStatus;
import se.styrkort.reporting.readmodel.OrgUnit;
import se.styrkort.reporting.readmodel.OverallGoal;
import se.styrkort.reporting.readmodel.ReadModel;
import se.styrkort.reporting.readmodel.Rows;
import se.styrkort.reporting.readmodel.Strategy;

/** Which roll-ups an event affects, looked up in the read model as the consumers fed it from the real broker. */
@QuarkusTest
class EventScopeTest {

    static final PlanOutline PLAN = PlanOutline.fresh();
    static final String IDLE_UNIT = Feed.id();
    static final String GOAL = Feed.id();
    static final String UNPLANNED_STATUS = Feed.id();
    static final ObjectMapper JSON = new ObjectMapper();

    static boolean fed;

    @Inject
    EventScope scope;

    @Inject
    ReadModel readModel;

    @Inject
    EntityManager em;

    @BeforeEach
    void feed() {
        if (fed) {
            return;
        }
        fed = true;
        Feed jh = new Feed("region-jh");
        PLAN.addTo(jh, "Regionstaben", "Verksamhetsplan 2022", "Ekonomi", "En ekonomi i balans")
                .orgUnit(IDLE_UNIT, "Regionservice", PLAN.unit());
        PLAN.goal(jh, GOAL, 0, "Budget i balans");
        PLAN.goalStatus(jh, GOAL, 0, "2022-T2", "GREEN", null)
                // A goal status whose plan outcomes-service did not know yet: found through its goal.
                .event("styrkort.outcomes", "goal-status", UNPLANNED_STATUS, 0, "{'id':'$id','goalId':'" + GOAL
                        + "','planId':null,'orgUnitId':'" + PLAN.unit() + "','period':'2022-T3','computedStatus':'RED',"
                        + "'computedReason':'MISSED','assessedStatus':null,'justification':null,'status':'RED','indicators':[]}")
                .publish();
        await().atMost(Duration.ofSeconds(90)).until(() -> InTenant.jh(() -> {
            Rows rows = readModel.rows();
            return rows.find(GoalStatus.class, UUID.fromString(UNPLANNED_STATUS)) != null
                    && rows.find(GoalStatus.class, UUID.fromString(Feed.goalStatusId("region-jh", GOAL, "2022-T2"))) != null
                    && rows.find(Goal.class, UUID.fromString(GOAL)) != null
                    && rows.find(Strategy.class, UUID.fromString(PLAN.strategy())) != null
                    && em.find(OverallGoal.class, UUID.fromString(PLAN.overallGoal())) != null
                    && em.find(OrgUnit.class, UUID.fromString(IDLE_UNIT)) != null;
        }));
    }

    static IncomingEvent event(String type, String id, String state) throws Exception {
        return new IncomingEvent(Feed.id(), "se.styrkort." + type + ".changed.v1", "test", "region-jh", type, id, 1,
                ChangeType.UPDATED, JSON.readTree(state.replace("'", "\"")));
    }

    AffectedRollups of(String type, String id) {
        return InTenant.jh(() -> scope.of(event(type, id, "{}"), readModel.rows()));
    }

    @Test
    void theStructureOfAPlanAffectsThePlanInEveryPeriod() {
        UUID plan = UUID.fromString(PLAN.plan());
        for (String[] aggregate : List.of(new String[] { "plan", PLAN.plan() },
                new String[] { "strategy", PLAN.strategy() }, new String[] { "overall-goal", PLAN.overallGoal() },
                new String[] { "goal", GOAL }, new String[] { "org-unit", PLAN.unit() })) {
            assertThat(of(aggregate[0], aggregate[1])).as(aggregate[0]).isEqualTo(new AffectedRollups(Set.of(plan), null));
        }
    }

    @Test
    void aGoalStatusAffectsItsPlanInItsPeriodFoundThroughItsGoalWhenItNamesNoPlan() {
        UUID plan = UUID.fromString(PLAN.plan());
        assertThat(of("goal-status", Feed.goalStatusId("region-jh", GOAL, "2022-T2")))
                .isEqualTo(new AffectedRollups(Set.of(plan), "2022-T2"));
        assertThat(of("goal-status", UNPLANNED_STATUS)).isEqualTo(new AffectedRollups(Set.of(plan), "2022-T3"));
    }

    @Test
    void whatTheRollupsDoNotCountByAffectsNothing() {
        assertThat(of("org-unit", IDLE_UNIT).plans()).as("a unit that owns no goal").isEmpty();
        assertThat(of("indicator", Feed.id())).isEqualTo(AffectedRollups.NONE);
        assertThat(of("control-point", Feed.id())).as("a type the read model skips").isEqualTo(AffectedRollups.NONE);
        assertThat(of("no-such-type", GOAL)).isEqualTo(AffectedRollups.NONE);
        assertThat(of("goal", "not-a-uuid")).isEqualTo(AffectedRollups.NONE);
        assertThat(of("goal", Feed.id()).plans()).as("a goal the read model does not have yet").isEmpty();
    }

    @Test
    void anotherOrganizationsPlanIsNotFound() {
        AffectedRollups other = InTenant.call("region-x", () -> scope.of(event("goal", GOAL, "{}"), readModel.rows()));
        assertThat(other.plans()).isEmpty();
    }

    @Test
    void aBatchLoadsTheGoalsAndStrategiesItLooksUpThroughItsEvents() {
        InTenant.jh(() -> {
            Rows rows = readModel.rows();
            List<IncomingEvent> events = List.of(
                    event("goal-status", Feed.id(), "{'goalId':'" + GOAL + "','planId':null,'period':'2022-T1'}"),
                    event("overall-goal", Feed.id(), "{'strategyId':'" + PLAN.strategy() + "'}"),
                    event("goal-status", Feed.id(), "{'goalId':'" + Feed.id() + "','planId':'" + PLAN.plan() + "'}"));
            scope.load(rows, events);
            assertThat(rows.loaded(Goal.class)).extracting(g -> g.id).containsExactly(UUID.fromString(GOAL));
            assertThat(rows.loaded(Strategy.class)).extracting(s -> s.id).containsExactly(UUID.fromString(PLAN.strategy()));
            return null;
        });
    }
}
