package se.styrkort.demo.load;

import java.time.Duration;
import java.util.Map;

import se.styrkort.demo.data.PlanFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/**
 * Records a report's comment (kommentar) per goal as the goal's assessment for the report's period,
 * as the organization's reporter: the comment is the analysis. The seeds' colours were lost in the
 * text, so no status is assessed. An assessment already there for that goal and period is kept.
 */
final class AssessmentLoader {

    static final String PATH = "/api/v1/assessments";

    private final Api outcomes;
    private final String reporter;

    AssessmentLoader(Api outcomes, String reporter) {
        this.outcomes = outcomes;
        this.reporter = reporter;
    }

    void load(PlanFile file, PlanLoader.LoadedPlan plan) {
        long comments = plan.goals().stream().filter(g -> g.goal().comment() != null).count();
        if (!outcomes.has(reporter, PATH + "?size=1")) {
            Log.info("skipped " + comments + " comments of " + file.report().name()
                    + ": outcomes-service has no " + PATH + " yet");
            return;
        }
        String period = file.report().period();
        int created = 0;
        for (PlanLoader.LoadedGoal g : plan.goals()) {
            if (g.goal().comment() == null
                    || outcomes.find(reporter, PATH, Map.of("goalId", g.id(), "period", period), n -> true).isPresent()) {
                continue;
            }
            Map<String, Object> body = Body.of().put("goalId", g.id()).put("period", period)
                    .put("analysis", g.goal().comment()).map();
            // outcomes-service learns of the goal from styrkort.goals a moment after it was created.
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                Api.Answer a = outcomes.postRaw(reporter, PATH, "application/json", body);
                if (a.status() == 201 || a.status() == 200) {
                    break;
                }
                if (a.status() != 400 || !a.raw().contains("no such goal") || System.nanoTime() > deadline) {
                    throw new LoadFailure(
                            "POST " + PATH + " for goal '" + g.goal().title() + "': HTTP " + a.status() + " " + a.raw());
                }
                Pause.briefly();
            }
            created++;
        }
        Log.info("comments of " + file.report().name() + ": " + comments + " assessments (" + created + " created)");
    }
}
