package se.styrkort.outcomes;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;

/**
 * Publishes the plan structure tests need on {@code styrkort.goals} as goals-service would, and
 * waits until this service has applied it: org units, plans, goals, indicators, activities.
 */
public final class GoalsFixture {

    public static final String TOPIC = "styrkort.goals";
    public static final String JH = "region-jh";
    public static final String NB = "region-nb";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, Long> VERSIONS = new ConcurrentHashMap<>();
    private static final Map<String, UUID> SHARED_GOAL = new ConcurrentHashMap<>();

    private GoalsFixture() {
    }

    /** A fresh indicator of region-jh (a number, no target) under a goal shared by such indicators. */
    public static UUID indicator() {
        return indicator(JH);
    }

    public static UUID indicator(String tenant) {
        return publish(tenant, "indicator", Map.of("goalId", sharedGoal(tenant), "name", "Test indicator"));
    }

    /** A fresh org unit of region-jh. */
    public static UUID unit() {
        return unit(JH);
    }

    public static UUID unit(String tenant) {
        return unit(tenant, "Test unit");
    }

    public static UUID unit(String tenant, String name) {
        return publish(tenant, "org-unit", Map.of("name", name, "kind", "UNIT", "retired", false));
    }

    public static UUID plan(String tenant, UUID ownerUnit, int fromYear, int toYear) {
        return publish(tenant, "plan", Map.of("name", "Test plan", "fromYear", fromYear, "toYear", toYear,
                "status", "ADOPTED", "ownerUnitId", ownerUnit));
    }

    /** A goal; frequency may be null (then its indicators' own, or yearly). */
    public static UUID goal(String tenant, UUID plan, UUID ownerUnit, String title, String frequency) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", plan);
        state.put("ownerUnitId", ownerUnit);
        state.put("title", title);
        state.put("followUpFrequency", frequency);
        state.put("genderSplit", false);
        return publish(tenant, "goal", state);
    }

    /** A goal of a plan for one year, owned by a unit of its own: what a test of one goal stands on. */
    public record OwnedGoal(UUID unit, UUID plan, UUID goal) {

        /** The state of an indicator of this goal, with its name and direction; the test adds what else it needs. */
        public Map<String, Object> indicator(String name, String direction) {
            return new LinkedHashMap<>(Map.of("goalId", goal, "name", name, "direction", direction));
        }
    }

    public static OwnedGoal ownedGoal(String tenant, String unitName, int year, String title) {
        UUID unit = unit(tenant, unitName);
        UUID plan = plan(tenant, unit, year, year);
        return new OwnedGoal(unit, plan, goal(tenant, plan, unit, title, null));
    }

    /** An indicator with the given state (goalId, name and whatever else the test needs). */
    public static UUID indicator(String tenant, Map<String, Object> state) {
        return publish(tenant, "indicator", state);
    }

    /** The same aggregate again with a newer version (an UPDATED event). */
    public static void update(String tenant, String type, UUID id, Map<String, Object> state) {
        publish(tenant, type, id, state);
    }

    public static UUID activity(String tenant, UUID goal, String title, String state) {
        return publish(tenant, "activity", Map.of("goalId", goal, "title", title, "state", state));
    }

    /** A target for a year in the shape goals-service publishes. */
    public static Map<String, Object> target(int year, String kind, Object value) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("year", year);
        t.put("kind", kind);
        t.put("value", value);
        t.put("lo", null);
        t.put("hi", null);
        t.put("referencePeriod", null);
        t.put("referenceValue", null);
        t.put("benchmarkOrganization", null);
        t.put("k", null);
        t.put("wording", null);
        return t;
    }

    public static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static UUID sharedGoal(String tenant) {
        return SHARED_GOAL.computeIfAbsent(tenant, t -> {
            UUID unit = unit(t, "Shared test unit");
            UUID plan = plan(t, unit, 2020, 2025);
            return goal(t, plan, unit, "Shared test goal", null);
        });
    }

    private static UUID publish(String tenant, String type, Map<String, Object> state) {
        UUID id = UUID.randomUUID();
        publish(tenant, type, id, state);
        return id;
    }

    private static void publish(String tenant, String type, UUID id, Map<String, Object> state) {
        long version = VERSIONS.merge(id, 0L, (old, zero) -> old + 1);
        Map<String, Object> full = new HashMap<>(state);
        full.put("id", id);
        full.put("version", version);
        String json;
        try {
            json = JSON.writeValueAsString(full);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ProducerRecord<String, String> record = TestEvents.event(TOPIC, type, tenant, id.toString(), version,
                version == 0 ? "CREATED" : "UPDATED", json);
        TestKafka.companion().produceStrings().fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(30));
        awaitApplied(type, id, version);
    }

    /** Waits until this service's consumer has applied the version (the replica and its statuses committed). */
    public static void awaitApplied(String type, UUID id, long version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> appliedVersion(type, id) >= version);
    }

    private static long appliedVersion(String type, UUID id) throws SQLException {
        DataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select version from applied_event where consumer = 'outcomes' and aggregate_type = ? and aggregate_id = ?")) {
            s.setString(1, type);
            s.setString(2, id.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }
}
