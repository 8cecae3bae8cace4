package se.styrkort.demo.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.PlanFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Pushes a report's numeric outcomes to outcomes-service as one JSON import by the organization's
 * feed client, all or nothing. Importing the same rows again changes nothing (the service answers
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
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (PlanLoader.LoadedGoal g : plan.goals()) {
            n++;
            PlanFile.Outcome o = g.goal().outcome();
            if (o == null || o.activityState() != null) {
                continue;
            }
            if (g.indicatorIds().size() != 1) {
                throw new LoadFailure("goal '" + g.goal().title() + "' has an outcome but "
                        + g.indicatorIds().size() + " indicators; an outcome needs exactly one");
            }
            rows.add(Body.of().put("indicatorId", g.indicatorIds().get(0)).put("orgUnitId", orgUnitId)
                    .put("period", report.period()).put("valueKind", report.valueKind()).put("total", o.total())
                    .put("women", o.women()).put("men", o.men()).put("sourceSystem", report.sourceSystem())
                    .put("externalRowId", report.period() + "-goal-" + n).map());
        }
        if (rows.isEmpty()) {
            return;
        }
        // All or nothing: outcomes-service takes rows only for indicators it has learnt of from
        // styrkort.goals, a moment after they were created, so a rejected import is sent again
        // until the replica has caught up.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        JsonNode r;
        while (true) {
            Api.Answer answer = outcomes.postRaw(feed, "/api/v1/imports?atomic=true", "application/json", rows);
            r = answer.body();
            if ((answer.status() == 200 || answer.status() == 201) && r != null && r.path("rejected").asInt() == 0) {
                break;
            }
            if (answer.status() != 200 && answer.status() != 201 || System.nanoTime() > deadline) {
                throw new LoadFailure("import of " + report.name() + " outcomes: HTTP " + answer.status() + " " + answer.raw());
            }
            Pause.briefly();
        }
        Log.info("outcomes of " + report.name() + " (" + report.period() + "): " + rows.size() + " rows, "
                + r.path("accepted").asInt() + " accepted, " + r.path("revised").asInt() + " revised, "
                + r.path("unchanged").asInt() + " unchanged");
    }
}
