package se.styrkort.demo.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.PlanFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Pushes a report's outcomes to outcomes-service as JSON imports by the organization's feed client,
 * all or nothing: the numbers, then the activity states ("Ja", "Pågående", "Nej") of the goals whose
 * target is an activity. Importing the same rows again changes nothing (the service answers
 * UNCHANGED), which is what makes a reload safe.
 */
final class OutcomeLoader {

    private final Api outcomes;
    private final String feed;

    OutcomeLoader(Api outcomes, String feed) {
        this.outcomes = outcomes;
        this.feed = feed;
    }

    void load(PlanFile file, PlanLoader.LoadedPlan plan, Map<String, String> units) {
        PlanFile.Report report = file.report();
        String orgUnitId = units.get(report.orgUnit());
        if (orgUnitId == null) {
            throw new LoadFailure("report '" + report.name() + "': unknown org unit key " + report.orgUnit());
        }
        List<Map<String, Object>> numbers = new ArrayList<>();
        List<Map<String, Object>> states = new ArrayList<>();
        int n = 0;
        for (PlanLoader.LoadedGoal g : plan.goals()) {
            n++;
            PlanFile.Outcome o = g.goal().outcome();
            if (o == null) {
                continue;
            }
            if (g.indicatorIds().size() != 1) {
                throw new LoadFailure("goal '" + g.goal().title() + "' has an outcome but "
                        + g.indicatorIds().size() + " indicators; an outcome needs exactly one");
            }
            Body row = Body.of().put("indicatorId", g.indicatorIds().get(0)).put("orgUnitId", orgUnitId)
                    .put("period", report.period()).put("valueKind", report.valueKind())
                    .put("sourceSystem", report.sourceSystem()).put("externalRowId", report.period() + "-goal-" + n);
            if (o.activityState() != null) {
                states.add(row.put("activityState", o.activityState()).map());
            } else {
                numbers.add(row.put("total", o.total()).put("women", o.women()).put("men", o.men()).map());
            }
        }
        if (!numbers.isEmpty()) {
            JsonNode r = importAll(numbers, report);
            Log.info("outcomes of " + report.name() + " (" + report.period() + "): " + numbers.size() + " values, "
                    + r.path("accepted").asInt() + " accepted, " + r.path("revised").asInt() + " revised, "
                    + r.path("unchanged").asInt() + " unchanged");
        }
        if (!states.isEmpty()) {
            JsonNode r = importAll(states, report);
            if (r == null) {
                Log.info("skipped " + states.size() + " activity outcomes (Ja / Pågående / Nej) of " + report.name()
                        + ": this outcomes-service takes no activity states");
                return;
            }
            Log.info("activity outcomes of " + report.name() + ": " + states.size() + " states, "
                    + r.path("accepted").asInt() + " accepted, " + r.path("unchanged").asInt() + " unchanged");
        }
    }

    /**
     * One all-or-nothing import. outcomes-service takes rows only for indicators it has learnt of from
     * styrkort.goals, a moment after they were created, so a rejected import is sent again until its
     * replica has caught up. Null when the service does not know a field of the rows (activityState).
     */
    private JsonNode importAll(List<Map<String, Object>> rows, PlanFile.Report report) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (true) {
            Api.Answer answer = outcomes.postRaw(feed, "/api/v1/imports?atomic=true", "application/json", rows);
            JsonNode r = answer.body();
            if ((answer.status() == 200 || answer.status() == 201) && r != null && r.path("rejected").asInt() == 0) {
                return r;
            }
            if (answer.status() == 400 && answer.raw() != null && answer.raw().contains("activityState")
                    && rows.get(0).containsKey("activityState")) {
                return null;
            }
            if (answer.status() != 200 && answer.status() != 201 || System.nanoTime() > deadline) {
                throw new LoadFailure("import of " + report.name() + " outcomes: HTTP " + answer.status() + " " + answer.raw());
            }
            Pause.briefly();
        }
    }
}
