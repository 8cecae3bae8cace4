package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Faults on the real local stack: a component killed with SIGKILL (as an OOM kill or a crash would)
 * in the middle of work and started again on its data with {@code deploy/local/restart}. Throughout,
 * every other service answers readiness within a second and takes writes; afterwards every accepted
 * change is in reporting-service's roll-up exactly once: each goal counted once, with the last
 * outcome written for its indicator.
 */
@ExtendWith(StackExtension.class)
class FaultsTest {

    /** Long enough for reporting-service to work through the demo load's events, should it still be at it. */
    private static final Duration CONVERGE = Duration.ofSeconds(180);
    private static final String PERIOD = "2026-T1";
    private static final String HEALTH_CHECK = "kafka broker";

    @Test
    void theBrokerKilledDuringSingleWritesAndAnImport(LocalStack stack, Api api) throws Exception {
        Plan plan = new Plan(api, "Avbrott i Kafka");
        plan.addGoals(10);
        plan.awaitKnownToOutcomes();
        plan.awaitInRollup();

        plan.addGoals(5);
        // The broker dies while outcomes-service takes an import and its relay publishes the rows.
        CompletableFuture<Api.Response> importing = CompletableFuture.supplyAsync(
                () -> plan.importOutcomes(plan.goals.subList(0, 10), 70));
        Api.sleep(50);
        stack.kill("kafka");
        assertWritten(importing.get(), 10);

        // Broker down: every service stays ready, says so within a second, and takes writes into its outbox.
        for (String service : LocalStack.SERVICES) {
            JsonNode check = Api.await(Duration.ofSeconds(30),
                    r -> brokerCheck(r).path("kafka").asText().startsWith("unreachable since"),
                    () -> readyWithin1s(api, service)).json();
            assertThat(brokerCheck(check).path("state").asText()).as(service).startsWith("degraded");
        }
        plan.addGoals(10);
        assertWritten(plan.importOutcomes(plan.goals.subList(0, 10), 92), 10);
        LocalStack.SERVICES.forEach(service -> readyWithin1s(api, service));

        stack.restart("kafka");
        // The goals written while the broker was away reach outcomes-service once it is back.
        plan.awaitKnownToOutcomes();
        assertWritten(plan.importOutcomes(plan.goals.subList(15, 25), 95), 10);

        plan.assertRollupExactly();
        LocalStack.SERVICES.forEach(service -> readyWithin1s(api, service));
    }

    @Test
    void reportingServiceKilledMidBatch(LocalStack stack, Api api) {
        Plan plan = new Plan(api, "Avbrott i rapporteringen");
        plan.addGoals(30);
        plan.awaitKnownToOutcomes();
        plan.awaitInRollup();

        // Two imports of every indicator: some hundred events (outcomes and statuses) for reporting-service,
        // killed as soon as the second is accepted, while it works through them.
        assertWritten(plan.importOutcomes(plan.goals, 60), 30);
        assertWritten(plan.importOutcomes(plan.goals, 91), 30);
        stack.kill("reporting");

        for (String service : List.of("goals", "outcomes", "budget")) {
            readyWithin1s(api, service);
        }
        plan.addGoals(5);

        stack.restart("reporting");
        plan.assertRollupExactly();
    }

    @Test
    void outcomesServiceKilledMidBatch(LocalStack stack, Api api) {
        Plan plan = new Plan(api, "Avbrott i utfallen");
        plan.addGoals(20);
        plan.awaitKnownToOutcomes();
        plan.awaitInRollup();

        // outcomes-service is killed while its relay publishes an accepted import and while it consumes
        // a burst of new goals and indicators from goals-service.
        List<Plan.Goal> first = List.copyOf(plan.goals);
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> plan.addGoals(10));
        assertWritten(plan.importOutcomes(first, 93), 20);
        stack.kill("outcomes");
        writing.join();

        for (String service : List.of("goals", "budget", "reporting")) {
            readyWithin1s(api, service);
        }
        plan.addGoals(5);

        stack.restart("outcomes");
        plan.awaitKnownToOutcomes();
        assertWritten(plan.importOutcomes(plan.goals.subList(20, 35), 94), 15);
        plan.assertRollupExactly();
    }

    /** An import that wrote every row: new or revised, none rejected. */
    private static void assertWritten(Api.Response imported, int rows) {
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.path("rejected").asInt()).as(imported.toString()).isZero();
        assertThat(report.path("accepted").asInt() + report.path("revised").asInt()).as(imported.toString()).isEqualTo(rows);
    }

    /**
     * {@code /q/health/ready}: 200 and UP, within a second. The stack shares two cores with the build,
     * so one slow answer is asked again, as a Kubernetes probe would (our manifests: a 3 s timeout,
     * three failures in a row): every answer within 3 s, and one of three within a second.
     */
    private static Api.Response readyWithin1s(Api api, String service) {
        List<Long> times = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = System.nanoTime();
            Api.Response ready = api.get(null, service, "/q/health/ready");
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            times.add(millis);
            assertThat(millis).as("%s readiness answered in %d ms", service, millis).isLessThan(3000);
            assertThat(ready.status()).as(service + ": " + ready).isEqualTo(200);
            assertThat(ready.json().path("status").asText()).isEqualTo("UP");
            if (millis < 1000) {
                return ready;
            }
        }
        throw new AssertionError(service + " readiness took more than a second three times in a row: " + times + " ms");
    }

    private static JsonNode brokerCheck(Api.Response ready) {
        return brokerCheck(ready.json());
    }

    private static JsonNode brokerCheck(JsonNode ready) {
        for (JsonNode check : ready.path("checks")) {
            if (HEALTH_CHECK.equals(check.path("name").asText())) {
                return check.path("data");
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * A plan of its own in one new unit: one strategy, one overall goal, goals with one indicator each
     * ("Minst 90 %"), and what the roll-up must show: every goal once, and the last outcome of each
     * indicator that has one.
     */
    private static final class Plan {

        private final Api api;
        private final String unit;
        private final String id;
        private final String strategy;
        private final String overallGoal;
        private final String name;
        final List<Goal> goals = new ArrayList<>();
        private final Map<String, Integer> outcomes = new LinkedHashMap<>();

        record Goal(String id, String indicator) {
        }

        Plan(Api api, String name) {
            this.api = api;
            this.name = name + " " + System.nanoTime();
            unit = created(api.post("jh-admin", "goals", "/api/v1/org-units", Map.of("name", this.name, "kind", "UNIT")));
            id = created(api.post("jh-planner", "goals", "/api/v1/plans",
                    Map.of("name", this.name, "fromYear", 2026, "toYear", 2026, "ownerUnitId", unit)));
            strategy = created(api.post("jh-planner", "goals", "/api/v1/strategies", Map.of("planId", id, "name", "Strategi")));
            overallGoal = created(api.post("jh-planner", "goals", "/api/v1/overall-goals",
                    Map.of("strategyId", strategy, "title", "Övergripande mål")));
        }

        /** Single writes to goals-service, each of which must be accepted. */
        void addGoals(int n) {
            for (int i = 0; i < n; i++) {
                String goal;
                String indicator;
                synchronized (this) {
                    int k = goals.size();
                    goal = created(api.post("jh-planner", "goals", "/api/v1/goals", Map.of("planId", id,
                            "ownerUnitId", unit, "overallGoalId", overallGoal, "title", "Mål " + k,
                            "followUpFrequency", "TERTIAL")));
                    indicator = created(api.post("jh-planner", "goals", "/api/v1/indicators", Map.of("goalId", goal,
                            "name", "Indikator " + k, "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER",
                            "targets",
                            List.of(Map.of("year", 2026, "kind", "AT_LEAST", "value", 90, "wording", "Minst 90 %")))));
                    goals.add(new Goal(goal, indicator));
                }
            }
        }

        /** One CSV import of the period's outcome for each goal's indicator: the value plus the goal's place. */
        Api.Response importOutcomes(List<Goal> some, int base) {
            StringBuilder csv = new StringBuilder("indicatorId;orgUnitId;period;valueKind;total\n");
            Map<String, Integer> values = new HashMap<>();
            List<Goal> all;
            synchronized (this) {
                all = List.copyOf(goals);
            }
            for (Goal g : List.copyOf(some)) {
                int value = base + all.indexOf(g) % 5;
                values.put(g.indicator(), value);
                csv.append(g.indicator()).append(';').append(unit).append(';').append(PERIOD).append(";ACCUMULATED;")
                        .append(value).append('\n');
            }
            Api.Response answer = api.post("jh-feed", "outcomes", "/api/v1/imports", csv.toString(), "text/csv");
            if (answer.status() == 200 && answer.json().path("rejected").asInt() == 0) {
                synchronized (this) {
                    outcomes.putAll(values);
                }
            }
            return answer;
        }

        /**
         * outcomes-service knows every indicator and the unit. Asked with an atomic import whose last row
         * is bad on purpose, so that nothing is ever written: known, only that row is rejected.
         */
        synchronized void awaitKnownToOutcomes() {
            StringBuilder csv = new StringBuilder("indicatorId;orgUnitId;period;valueKind;total\n");
            goals.forEach(g -> csv.append(g.indicator()).append(';').append(unit).append(';').append(PERIOD)
                    .append(";ACCUMULATED;1\n"));
            csv.append(goals.get(0).indicator()).append(';').append(unit).append(";not-a-period;ACCUMULATED;1\n");
            Api.Response answer = Api.await(CONVERGE, r -> r.status() == 200 && r.json().path("rejected").asInt() == 1,
                    () -> api.post("jh-feed", "outcomes", "/api/v1/imports?atomic=true", csv.toString(), "text/csv"));
            assertThat(answer.json().path("rejected").asInt()).as(answer.toString()).isEqualTo(1);
            assertThat(answer.json().path("written").asBoolean()).as(answer.toString()).isFalse();
        }

        /** reporting-service counts every goal written so far. */
        void awaitInRollup() {
            int expected = goals.size();
            Api.Response seen = api.await(CONVERGE, r -> counts(r).path("total").asInt() == expected, "jh-viewer",
                    "reporting", rollupPath());
            assertThat(counts(seen).path("total").asInt()).as(seen.toString()).isEqualTo(expected);
        }

        /**
         * The roll-up once it has caught up, and still so a few seconds later: every goal counted once,
         * GREEN where its indicator has an outcome (all at least 90), not measurable where it has none,
         * and each indicator with the last value accepted for it.
         */
        void assertRollupExactly() {
            int total = goals.size();
            int measured = outcomes.size();
            Api.Response rollup = api.await(CONVERGE, r -> counts(r).path("total").asInt() == total
                    && counts(r).path("green").asInt() == measured, "jh-viewer", "reporting", rollupPath());
            for (int round = 0; round < 2; round++) {
                JsonNode counts = counts(rollup);
                assertThat(counts.path("total").asInt()).as(rollup.toString()).isEqualTo(total);
                assertThat(counts.path("green").asInt()).as(rollup.toString()).isEqualTo(measured);
                assertThat(counts.path("notMeasurable").asInt()).as(rollup.toString()).isEqualTo(total - measured);
                assertThat(counts.path("yellow").asInt() + counts.path("red").asInt()).as(rollup.toString()).isZero();

                Api.Response drill = api.get("jh-viewer", "reporting",
                        "/api/v1/rollups/goals?planId=" + id + "&period=" + PERIOD + "&size=1000");
                Map<String, Integer> seen = new HashMap<>();
                for (JsonNode goal : drill.json().path("items")) {
                    seen.merge(goal.path("goalId").asText(), 1, Integer::sum);
                    for (JsonNode indicator : goal.path("indicators")) {
                        Integer value = outcomes.get(indicator.path("indicatorId").asText());
                        if (value != null) {
                            assertThat(indicator.path("total").decimalValue().intValueExact())
                                    .as("the last outcome of %s", indicator.path("indicatorId").asText()).isEqualTo(value);
                        }
                    }
                }
                assertThat(seen).as("each goal once").hasSize(total).allSatisfy((goal, n) -> assertThat(n).isEqualTo(1));
                assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(goals.stream().map(Goal::id).toList());

                Api.sleep(3000);
                rollup = api.get("jh-viewer", "reporting", rollupPath());
            }
        }

        private String rollupPath() {
            return "/api/v1/rollups?planId=" + id + "&period=" + PERIOD + "&level=strategy";
        }

        private JsonNode counts(Api.Response r) {
            if (r.status() != 200) {
                return MissingNode.getInstance();
            }
            for (JsonNode item : r.json().path("items")) {
                if (strategy.equals(item.path("keyId").asText())) {
                    return item.path("counts");
                }
            }
            return MissingNode.getInstance();
        }

        private static String created(Api.Response r) {
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return r.json().get("id").asText();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
