package se.styrkort.demo.load;

import java.util.Map;

import se.styrkort.demo.http.Api;
import se.styrkort.demo.data.PlanFile;

/**
 * Records a report's comment (kommentar) per goal as the goal's assessment for the report's period,
 * as the organization's reporter. The seeds' colours were lost in the text, so no status is
 * assessed: the comment is the analysis. An assessment already there for that goal and period is kept.
 */
final class AssessmentLoader {

    static final String PATH = "/api/v1/assessments";

    private final Api outcomes;
    private final String reporter;

    AssessmentLoader(Api outcomes, String reporter) {
        this.outcomes = outcomes;
        this.reporter = reporter;
    }

    void load(PlanFile file, PlanLoader.LoadedPlan plan, Map<String, String> units) {
        long comments = plan.goals().stream().filter(g -> g.goal().comment() != null).count();
        if (!outcomes.has(reporter, PATH + "?size=1")) {
            Log.info("skipped " + comments + " comments of " + file.report().name()
                    + ": outcomes-service has no " + PATH + " yet");
            return;
        }
        String orgUnitId = units.get(file.report().orgUnit());
        int created = 0;
        for (PlanLoader.LoadedGoal g : plan.goals()) {
            if (g.goal().comment() == null) {
                continue;
            }
            Api.Created a = outcomes.findOrCreate(reporter, PATH, Map.of("goalId", g.id(), "period", file.report().period()),
                    n -> true, Body.of().put("goalId", g.id()).put("orgUnitId", orgUnitId)
                            .put("period", file.report().period()).put("analysis", g.goal().comment()).map());
            if (a.created()) {
                created++;
            }
        }
        Log.info("comments of " + file.report().name() + ": " + comments + " assessments (" + created + " created)");
    }
}
