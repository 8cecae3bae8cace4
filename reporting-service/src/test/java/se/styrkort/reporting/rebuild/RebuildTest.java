package se.styrkort.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.freshness.ConsumerLag;
import se.styrkort.reporting.readmodel.EventType;

/** The read model rebuilt from the topics equals the one built event by event, duplicates and late versions included. */
@QuarkusTest
class RebuildTest {

    @Inject
    EntityManager em;

    @Inject
    ConsumerLag lag;

    @Test
    void theRebuiltReadModelEqualsTheIncrementalOneAndOnlyTheCallersOrganizationIsRebuilt() {
        String unit = Feed.id();
        String plan = Feed.id();
        String strategy = Feed.id();
        String goal = Feed.id();
        String frame = Feed.id();
        String activity = Feed.id();
        Feed jh = new Feed("region-jh");
        jh.orgUnit(unit, "Regionstaben", null).plan(plan, "Regionplan", unit).strategy(strategy, plan, "Vård", 1)
                .goal(goal, 0, plan, unit, null, "Första lydelsen")
                .goal(goal, 2, plan, unit, null, "Tredje lydelsen")
                .goal(goal, 1, plan, unit, null, "Andra lydelsen (sen)")
                .goal(goal, 2, plan, unit, null, "Dubblett med annat innehåll")
                .goalStatus(goal, 0, plan, unit, "2022-T2", "GREEN", null)
                .goalStatus(goal, 1, plan, unit, "2022-T2", "GREEN", "YELLOW")
                .goalStatus(goal, 0, plan, unit, "2022-T2", "RED", null)
                .frame(frame, 1, unit, "-1000.00", "-10.00", "-890.00").frame(frame, 0, unit, "-999.00", "0", "-879.00")
                .event("styrkort.goals", "activity", activity, 0, "{'id':'$id','goalId':'" + goal + "','title':'Utbildning',"
                        + "'startDate':'2022-01-10','endDate':null,'responsible':null,'state':'IN_PROGRESS','stateComment':null}")
                .deleted("styrkort.goals", "activity", activity, 1)
                .event("styrkort.goals", "goal", Feed.id(), 0, "{'id':'$id','title':'Utan plan'}");
        jh.publish();
        String nbGoal = Feed.id();
        new Feed("region-nb").goal(nbGoal, 0, Feed.id(), Feed.id(), null, "Norrbottens mål").publish();
        // Every record consumed and committed, on every topic: the incremental read model is complete.
        eventually(() -> {
            as("jh-viewer")
                    .get("/api/v1/rollups/goals?planId=" + plan + "&period=2022-T2").then().statusCode(200)
                    .body("items[0].title", equalTo("Tredje lydelsen")).body("items[0].status", equalTo("YELLOW"));
            assertThat(count("region-nb", "goal")).isGreaterThan(0);
            // The lag is measured every few seconds, so the last events are waited for by their effect too.
            Map<String, List<String>> now = dump("region-jh");
            assertThat(now.get("activity")).noneMatch(r -> r.contains(activity));
            assertThat(now.get("budget_frame")).anyMatch(r -> r.contains(frame) && r.contains("-890.00"));
            assertThat(lag.lags().values()).containsOnly(0L);
        });
        Map<String, List<String>> incremental = dump("region-jh");
        Map<String, List<String>> rollups = rollups("region-jh");
        Map<String, List<String>> otherRegion = dump("region-nb");

        // Lose some of the read model, as a broken migration or a wrong manual fix might: the rebuild restores it.
        TenantContext.call("region-jh", () -> QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from goal where tenant = 'region-jh'").executeUpdate()));
        as("jh-viewer").post("/api/v1/admin/rebuild").then().statusCode(403);
        as("jh-admin").post("/api/v1/admin/rebuild").then().statusCode(200)
                .body("tenant", equalTo("region-jh")).body("aggregates", greaterThan(5)).body("unreadable", greaterThan(0));

        assertThat(dump("region-jh")).isEqualTo(incremental);
        assertThat(dump("region-nb")).isEqualTo(otherRegion);
        assertThat(rollups("region-jh")).as("nothing changed, so no roll-up was published again").isEqualTo(rollups);
    }

    private long count(String tenant, String table) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table + " where tenant = ?1").setParameter(1, tenant)
                .getSingleResult()).longValue()));
    }

    /** Every read-model row of the organization, as JSON without the time it was applied. */
    private Map<String, List<String>> dump(String tenant) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : EventType.tableNames()) {
            rows.put(table, rows(tenant, table, "updated_at"));
        }
        return rows;
    }

    private Map<String, List<String>> rollups(String tenant) {
        return Map.of("rollup", rows(tenant, "rollup", "none"));
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String tenant, String table, String without) {
        return TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> (List<String>) em
                .createNativeQuery(
                        "select (to_jsonb(t) - '" + without + "')::text from " + table + " t where tenant = ?1 order by id")
                .setParameter(1, tenant).getResultList()));
    }
}
