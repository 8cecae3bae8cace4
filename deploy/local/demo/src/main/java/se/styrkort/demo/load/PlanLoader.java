package se.styrkort.demo.load;

import static se.styrkort.demo.data.PlanFile.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.PlanFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Builds one plan through goals-service: the plan, then its strategies, overall goals, assignments,
 * goals, indicators and activities, then its control points. Every record is looked up under its
 * parent by name (title) first and created only when missing, so a second run, or a run after one
 * that stopped half way, adds what is missing and changes nothing else. An adopted plan is frozen:
 * its content is left as it is. Its follow-up and meeting plan stay open, so they are added to an
 * adopted plan too; a plan the seed says was adopted is adopted last, by its body on its date.
 */
final class PlanLoader {

    private final Api goals;
    private final String planner;
    private final Map<String, String> units;
    private int created;
    private int existing;

    PlanLoader(Api goals, String planner, Map<String, String> units) {
        this.goals = goals;
        this.planner = planner;
        this.units = units;
    }

    /** A goal of the file with the ids it got. */
    record LoadedGoal(PlanFile.Goal goal, String id, List<String> indicatorIds) {
    }

    record LoadedPlan(String id, List<LoadedGoal> goals) {
    }

    LoadedPlan load(PlanFile file) {
        PlanFile.Plan p = file.plan();
        Api.Created plan = goals.findOrCreate(planner, "/api/v1/plans", Map.of("q", p.name()), Api.field("name", p.name()),
                Body.of().put("name", p.name()).put("fromYear", p.fromYear()).put("toYear", p.toYear())
                        .put("ownerUnitId", unit(p.owner())).map());
        count(plan);
        List<LoadedGoal> loaded = new ArrayList<>();
        if ("ADOPTED".equals(plan.item().path("status").asText())) {
            Log.info("plan '" + p.name() + "' is adopted: its content stays as it is");
            followUpItems(plan.id(), plan.created(), file);
            return new LoadedPlan(plan.id(), loaded);
        }
        int ordinal = 0;
        for (PlanFile.Strategy s : file.strategies()) {
            Api.Created strategy = findOrCreate(plan.created(), "/api/v1/strategies", Map.of("planId", plan.id()),
                    Api.field("name", s.name()), Body.of().put("planId", plan.id()).put("name", s.name())
                            .put("description", s.description()).put("ordinal", ordinal++).map());
            count(strategy);
            int ogOrdinal = 0;
            for (PlanFile.OverallGoal og : list(s.overallGoals())) {
                overallGoal(plan.id(), strategy.id(), null, strategy.created(), og, ogOrdinal++, loaded);
            }
        }
        for (PlanFile.ControlPoint cp : list(file.controlPoints())) {
            count(findOrCreate(plan.created(), "/api/v1/control-points", Map.of("planId", plan.id()),
                    Api.field("controlPoint", cp.controlPoint()), Body.of().put("planId", plan.id())
                            .put("controlPoint", cp.controlPoint()).put("performer", cp.performer())
                            .put("method", cp.method()).map()));
        }
        followUpItems(plan.id(), plan.created(), file);
        Log.info("plan '" + p.name() + "': " + loaded.size() + " goals; " + created + " records created, "
                + existing + " already there");
        adopt(plan.id(), file);
        return new LoadedPlan(plan.id(), loaded);
    }

    /** A line is the same when its kind, day, body, section and topic are. */
    private void followUpItems(String planId, boolean planNew, PlanFile file) {
        if (file.followUpItems() == null || file.followUpItems().isEmpty()) {
            return;
        }
        List<JsonNode> there = planNew ? List.of() : goals.list(planner, "/api/v1/follow-up-items", Map.of("planId", planId));
        int added = 0;
        for (PlanFile.FollowUpItem f : file.followUpItems()) {
            String date = f.date() == null ? null : f.date().toString();
            String body = unit(f.body());
            boolean found = there.stream().anyMatch(n -> f.kind().equals(n.path("kind").asText())
                    && Objects.equals(date, n.path("date").asText(null)) && body.equals(n.path("bodyUnitId").asText())
                    && Objects.equals(f.section(), n.path("section").asText(null))
                    && f.topic().equals(n.path("topic").asText()));
            if (!found) {
                goals.post(planner, "/api/v1/follow-up-items", Body.of().put("planId", planId).put("kind", f.kind())
                        .put("date", date).put("endDate", f.endDate() == null ? null : f.endDate().toString())
                        .put("bodyUnitId", body).put("section", f.section()).put("topic", f.topic())
                        .put("responsibleRole", f.responsibleRole()).map());
                added++;
            }
        }
        Log.info("plan '" + file.plan().name() + "': " + file.followUpItems().size() + " follow-up and meeting plan lines, "
                + added + " added");
    }

    private void adopt(String planId, PlanFile file) {
        PlanFile.Adoption a = file.adoption();
        if (a == null) {
            return;
        }
        JsonNode plan = goals.get(planner, "/api/v1/plans/" + planId, Map.of());
        goals.post(planner, "/api/v1/plans/" + planId + "/adopt", "\"" + plan.path("version").asLong() + "\"",
                Body.of().put("adoptedByUnitId", a.body() == null ? null : unit(a.body())).put("adoptedDate",
                        a.date().toString()).put("decisionRef", a.decisionRef()).map());
        Log.info("plan '" + file.plan().name() + "' adopted by " + (a.body() == null ? file.plan().owner() : a.body())
                + " on " + a.date());
    }

    private void overallGoal(String planId, String strategyId, String parentId, boolean parentNew, PlanFile.OverallGoal og,
            int ordinal, List<LoadedGoal> loaded) {
        Api.Created node = findOrCreate(parentNew, "/api/v1/overall-goals", Map.of("strategyId", strategyId),
                n -> og.title().equals(n.path("title").asText())
                        && Objects.equals(parentId, n.path("parentId").isNull() ? null : n.path("parentId").asText(null)),
                Body.of().put("strategyId", strategyId).put("parentId", parentId).put("title", og.title())
                        .put("description", og.description()).put("ordinal", ordinal).map());
        count(node);
        for (PlanFile.Assignment a : list(og.assignments())) {
            count(findOrCreate(node.created(), "/api/v1/assignments", Map.of("overallGoalId", node.id()),
                    Api.field("title", a.title()), Body.of().put("overallGoalId", node.id()).put("title", a.title())
                            .put("description", a.description())
                            .put("assignedUnitIds", list(a.assignedTo()).stream().map(this::unit).toList()).map()));
        }
        for (PlanFile.Goal g : list(og.goals())) {
            loaded.add(goal(planId, node.id(), node.created(), g));
        }
        int childOrdinal = 0;
        for (PlanFile.OverallGoal child : list(og.children())) {
            overallGoal(planId, strategyId, node.id(), node.created(), child, childOrdinal++, loaded);
        }
    }

    private LoadedGoal goal(String planId, String overallGoalId, boolean parentNew, PlanFile.Goal g) {
        String owner = g.owner() == null ? null : unit(g.owner());
        Api.Created goal = findOrCreate(parentNew, "/api/v1/goals", Map.of("planId", planId, "overallGoalId", overallGoalId),
                Api.field("title", g.title()), Body.of().put("planId", planId)
                        .put("ownerUnitId", owner == null ? planOwner(planId) : owner)
                        .put("coOwnerUnitIds", list(g.coOwners()).stream().map(this::unit).toList())
                        .put("overallGoalId", overallGoalId).put("title", g.title()).put("description", g.description())
                        .put("followUpFrequency", g.followUpFrequency()).put("followUpLevel", g.followUpLevel())
                        .put("genderSplit", g.genderSplit()).map());
        count(goal);
        List<String> indicatorIds = new ArrayList<>();
        for (PlanFile.Indicator i : list(g.indicators())) {
            indicatorIds.add(indicator(goal.id(), goal.created(), g.title(), i));
        }
        for (PlanFile.Activity a : list(g.activities())) {
            activity(goal.id(), goal.created(), a);
        }
        return new LoadedGoal(g, goal.id(), indicatorIds);
    }

    /** An indicator without a name of its own is the goal's measure and takes the goal's title. */
    private String indicator(String goalId, boolean goalNew, String goalTitle, PlanFile.Indicator i) {
        List<String> subIds = new ArrayList<>();
        for (PlanFile.Indicator sub : list(i.subIndicators())) {
            subIds.add(indicator(goalId, goalNew, goalTitle, sub));
        }
        String name = i.name() == null ? goalTitle : i.name();
        List<Map<String, Object>> targets = list(i.targets()).stream().map(t -> Body.of().put("year", t.year())
                .put("kind", t.kind()).put("value", t.value()).put("lo", t.lo()).put("hi", t.hi())
                .put("referencePeriod", t.referencePeriod()).put("referenceValue", t.referenceValue())
                .put("benchmarkOrganization", t.benchmarkOrganization()).put("k", t.k()).put("wording", t.wording())
                .map()).toList();
        List<Map<String, Object>> baselines = list(i.baselines()).stream().map(b -> Body.of().put("period", b.period())
                .put("value", b.value()).put("women", b.women()).put("men", b.men()).map()).toList();
        Api.Created indicator = findOrCreate(goalNew, "/api/v1/indicators", Map.of("goalId", goalId),
                Api.field("name", name), Body.of().put("goalId", goalId).put("name", name)
                        .put("unitOfMeasure", i.unitOfMeasure()).put("direction", i.direction())
                        .put("followUpFrequency", i.followUpFrequency()).put("source", i.source())
                        .put("genderSplit", i.genderSplit()).put("tolerance", i.tolerance())
                        .put("subIndicatorIds", subIds.isEmpty() ? null : subIds)
                        .put("externalCodes", i.externalCodes()).put("targets", targets).put("baselines", baselines)
                        .map());
        count(indicator);
        return indicator.id();
    }

    private void activity(String goalId, boolean goalNew, PlanFile.Activity a) {
        count(findOrCreate(goalNew, "/api/v1/activities", Map.of("goalId", goalId), Api.field("title", a.title()),
                Body.of().put("goalId", goalId).put("title", a.title()).put("description", a.description())
                        .put("startDate", a.startDate() == null ? null : a.startDate().toString())
                        .put("endDate", a.endDate() == null ? null : a.endDate().toString())
                        .put("responsible", a.responsible()).put("state", a.state())
                        .put("stateComment", a.stateComment()).map()));
    }

    /** Below a parent this run created nothing can exist yet, so there is nothing to look up. */
    private Api.Created findOrCreate(boolean parentNew, String path, Map<String, String> filter,
            java.util.function.Predicate<JsonNode> match, Object body) {
        return parentNew ? new Api.Created(goals.post(planner, path, body), true)
                : goals.findOrCreate(planner, path, filter, match, body);
    }

    private final Map<String, String> owners = new LinkedHashMap<>();

    private String planOwner(String planId) {
        return owners.computeIfAbsent(planId, id -> {
            JsonNode plan = goals.get(planner, "/api/v1/plans/" + id, Map.of());
            if (plan.path("ownerUnitId").isNull() || plan.path("ownerUnitId").isMissingNode()) {
                throw new LoadFailure("plan " + id + " has no owner, and a goal names none");
            }
            return plan.path("ownerUnitId").asText();
        });
    }

    private String unit(String key) {
        String id = units.get(key);
        if (id == null) {
            throw new LoadFailure("unknown org unit key '" + key + "'");
        }
        return id;
    }

    private void count(Api.Created c) {
        if (c.created()) {
            created++;
        } else {
            existing++;
        }
    }
}
