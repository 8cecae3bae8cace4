package se.styrkort.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One region shaped as issue 8 says (20 plans x 60 goals x 3 indicators, followed up monthly over 36
 * periods), created through goals-service's public API as a planner would: org units, plans, strategies,
 * overall goals, goals, indicators with AT_LEAST targets, then adoption. Plus a one-goal probe plan for
 * the freshness measurement and a few org units for the bulk ingest.
 */
final class Region {

    static final String ADMIN = "jh-admin";
    static final int STRATEGIES = 4;
    static final int TARGET = 50;

    record Goal(String id, String planId, String strategyId, String overallGoalId, String ownerUnitId,
            List<String> indicatorIds) {
    }

    record Plan(String id, String ownerUnitId, List<Goal> goals) {
    }

    final List<Plan> plans = Collections.synchronizedList(new ArrayList<>());
    final List<String> ingestUnits = new ArrayList<>();
    final List<String> periods = new ArrayList<>();
    Plan probe;
    int requests;

    private final Http http;
    private final String goals;
    private final Options options;
    private final AtomicInteger count = new AtomicInteger();

    private Region(Http http, String goalsUrl, Options options) {
        this.http = http;
        this.goals = goalsUrl + "/api/v1";
        this.options = options;
        for (int i = 0; i < options.periods; i++) {
            periods.add(String.format("%d-%02d", 2023 + i / 12, i % 12 + 1));
        }
    }

    static Region create(Http http, String goalsUrl, Options options) throws Exception {
        Region r = new Region(http, goalsUrl, options);
        r.build();
        return r;
    }

    List<String> indicatorIds() {
        List<String> ids = new ArrayList<>();
        for (Plan p : plans) {
            for (Goal g : p.goals()) {
                ids.addAll(g.indicatorIds());
            }
        }
        return ids;
    }

    private void build() throws Exception {
        String council = create("/org-units", Map.of("name", "Regionfullmäktige (bench)", "kind", "COUNCIL", "code", "BRF"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> units = new ArrayList<>();
            for (int i = 0; i < options.plans + 11; i++) {
                int n = i;
                units.add(pool.submit(() -> create("/org-units", Map.of("name", "Nämnd " + n + " (bench)",
                        "kind", n < options.plans ? "COMMITTEE" : "UNIT", "parentId", council))));
            }
            List<String> owners = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                String id = units.get(i).get();
                if (i < options.plans) {
                    owners.add(id);
                } else if (i < options.plans + 10) {
                    ingestUnits.add(id);
                } else {
                    probe = plan(units.size(), id, 1, 1);
                }
            }
            List<Future<Plan>> made = new ArrayList<>();
            for (int i = 0; i < options.plans; i++) {
                int n = i;
                made.add(pool.submit(() -> plan(n, owners.get(n), options.goalsPerPlan, options.indicatorsPerGoal)));
            }
            for (Future<Plan> f : made) {
                plans.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        requests = count.get();
    }

    private Plan plan(int n, String owner, int goalCount, int indicatorsPerGoal) {
        String plan = create("/plans", Map.of("name", "Verksamhetsplan " + n + " 2023-2025 (bench)", "fromYear", 2023,
                "toYear", 2025, "ownerUnitId", owner));
        int strategies = Math.min(STRATEGIES, goalCount);
        List<String> strategyIds = new ArrayList<>();
        List<String> overallIds = new ArrayList<>();
        for (int s = 0; s < strategies; s++) {
            String strategy = create("/strategies", Map.of("planId", plan, "name", "Strategi " + s));
            strategyIds.add(strategy);
            overallIds.add(create("/overall-goals", Map.of("strategyId", strategy, "title", "Övergripande mål " + s)));
        }
        List<Goal> goals = new ArrayList<>();
        for (int g = 0; g < goalCount; g++) {
            int s = g % strategies;
            String goal = create("/goals", Map.of("planId", plan, "ownerUnitId", owner, "overallGoalId", overallIds.get(s),
                    "title", "Resultatmål " + g, "followUpFrequency", "MONTHLY"));
            List<String> indicators = new ArrayList<>();
            for (int i = 0; i < indicatorsPerGoal; i++) {
                List<Map<String, Object>> targets = new ArrayList<>();
                for (int year = 2023; year <= 2025; year++) {
                    targets.add(Map.of("year", year, "kind", "AT_LEAST", "value", TARGET));
                }
                indicators.add(create("/indicators", Map.of("goalId", goal, "name", "Mätetal " + g + "." + i,
                        "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER", "followUpFrequency", "MONTHLY",
                        "targets", targets)));
            }
            goals.add(new Goal(goal, plan, strategyIds.get(s), overallIds.get(s), owner, indicators));
        }
        adopt(plan, n);
        return new Plan(plan, owner, goals);
    }

    private void adopt(String plan, int n) {
        Http.Response read = http.get(goals + "/plans/" + plan, ADMIN).expectOk("read plan");
        String etag = read.raw().headers().firstValue("ETag").orElse("\"0\"");
        count.incrementAndGet();
        http.post(goals + "/plans/" + plan + "/adopt", ADMIN, "application/json",
                Http.bytes(Map.of("adoptedDate", "2022-11-15", "decisionRef", "RS/" + (100 + n) + "/2022")),
                Map.of("If-Match", etag), java.time.Duration.ofSeconds(30)).expectOk("adopt plan");
        count.incrementAndGet();
    }

    private String create(String path, Map<String, Object> body) {
        Http.Response r = http.post(goals + path, ADMIN, body).expectOk("POST " + path);
        count.incrementAndGet();
        JsonNode id = r.json().path("id");
        if (id.isMissingNode()) {
            throw new IllegalStateException("POST " + path + " answered without an id: " + Http.abbreviate(r.body()));
        }
        return id.asText();
    }
}
