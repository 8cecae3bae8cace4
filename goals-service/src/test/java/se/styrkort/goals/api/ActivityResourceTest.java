package se.styrkort.goals.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.styrkort.goals.api.Api.create;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;
import static se.styrkort.goals.api.Api.post;
import static se.styrkort.goals.api.Api.put;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Activities as the interim report 2022 (seed 002) lists them under the goal on skills supply. */
@QuarkusTest
class ActivityResourceTest {

    static final String GOAL = "Genomföra aktiviteter för att möta regionens kompetensförsörjning";
    static final String CONTRIBUTES = "Aktivitet som ska bidra till mål om genomföra aktiviteter för att möta regionens kompetensförsörjning";

    record Setup(String unit, String plan, String goal) {
    }

    static Setup setup(String region) {
        String unit = Api.unit(region + "-admin", "Regionstyrelsen", "BOARD", null, null);
        String plan = Api.plan(region + "-planner", "Verksamhetsplan 2022 RS", 2022, 2022, unit);
        String goal = create(region + "-planner", "/api/v1/goals", json("planId", plan, "ownerUnitId", unit, "title", GOAL));
        return new Setup(unit, plan, goal);
    }

    static Map<String, Object> activity(String goal, String title, String state, String comment) {
        return json("goalId", goal, "title", title, "description", CONTRIBUTES, "startDate", "2022-01-01",
                "endDate", "2022-12-31", "responsible", "HR-direktör", "state", state, "stateComment", comment);
    }

    @Test
    void theInterimReportsActivitiesWithTheirStatesAndComments() {
        Setup s = setup("jh");
        String universities = create("jh-planner", "/api/v1/activities", activity(s.goal(),
                "Utveckla samarbeten med universiteten gällande utbildningsplatser", "IN_PROGRESS",
                "RJH har tillsammans med övriga regioner i Norr gjort en sammanställning till Universiteten i norr"));
        create("jh-planner", "/api/v1/activities", activity(s.goal(),
                "Kontakt med potentiella medarbetare i form av elever och studenter på grund- gymnasie- och högskola",
                "NOT_STARTED", "Fortsatt planerad, de fysiska aktiviteterna har på grund av pandemin ställts in under våren"));
        String careers = create("jh-planner", "/api/v1/activities", activity(s.goal(),
                "Införa karriärmodeller, med början på de stora personalgrupperna", "IN_PROGRESS",
                "Införandet på pilotenheter har påbörjats, breddinförande kommer ske först efter årsskiftet 22/23."));

        get("jh-viewer", "/api/v1/activities/" + careers).then().statusCode(200).header("ETag", "\"0\"")
                .body("startDate", equalTo("2022-01-01")).body("endDate", equalTo("2022-12-31"))
                .body("responsible", equalTo("HR-direktör")).body("state", equalTo("IN_PROGRESS"));
        get("jh-viewer", "/api/v1/activities?goalId=" + s.goal()).then().statusCode(200).body("items", hasSize(3));
        get("jh-viewer", "/api/v1/activities?planId=" + s.plan() + "&state=IN_PROGRESS").then().statusCode(200)
                .body("items.id", hasItems(universities, careers)).body("items", hasSize(2));
        get("jh-viewer", "/api/v1/activities?planId=" + s.plan() + "&q=KARRIÄR").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(careers));
        get("jh-viewer", "/api/v1/activities?unitId=" + s.unit() + "&year=2022").then().statusCode(200)
                .body("items.id", hasItems(universities, careers)).body("items", hasSize(3));
        get("jh-viewer", "/api/v1/activities?unitId=" + s.unit() + "&year=2023").then().statusCode(200)
                .body("items", hasSize(0));
        get("jh-viewer", "/api/v1/activities?strategyId=" + s.plan()).then().statusCode(200).body("items", hasSize(0));
        get("jh-viewer", "/api/v1/plans/" + s.plan() + "/tree").then().statusCode(200)
                .body("unplacedGoals[0].activities", hasSize(3))
                .body("unplacedGoals[0].activities.title", hasItem(containsString("karriärmodeller")));

        // The year's follow-up moves the state on, even once the plan is adopted.
        PlanAdoptionTest.adopt("jh-planner", s.plan(), 0, PlanAdoptionTest.decision("RS/452/2021")).then().statusCode(200);
        put("jh-planner", "/api/v1/activities/" + careers, 0, activity(s.goal(),
                "Införa karriärmodeller, med början på de stora personalgrupperna", "DONE", "Genomförd på pilotenheterna"))
                .then().statusCode(200).header("ETag", "\"1\"").body("state", equalTo("DONE"));
        put("jh-planner", "/api/v1/activities/" + careers, 0, activity(s.goal(), "Stale", "DONE", null))
                .then().statusCode(412);
    }

    @Test
    void badInputIsOneViolationPerField() {
        Setup s = setup("jh");
        Map<String, Object> backwards = activity(s.goal(), "Baklänges", "IN_PROGRESS", null);
        backwards.put("endDate", "2021-12-31");
        post("jh-planner", "/api/v1/activities", backwards).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("endDate"));
        post("jh-planner", "/api/v1/activities", json("title", " ", "responsible", "x".repeat(201))).then().statusCode(400)
                .body("violations", hasSize(3)).body("violations.field", hasItems("goalId", "title", "responsible"));
        post("jh-planner", "/api/v1/activities", activity(s.goal(), "Okänt läge", "FINISHED", null)).then()
                .statusCode(400).body("violations", hasSize(1)).body("violations[0].field", equalTo("state"))
                .body("violations[0].message", containsString("IN_PROGRESS"));
        get("jh-viewer", "/api/v1/activities?state=FINISHED").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        String id = create("jh-planner", "/api/v1/activities", activity(s.goal(), "Ett mål", "NOT_STARTED", null));
        String otherGoal = create("jh-planner", "/api/v1/goals", json("planId", s.plan(), "ownerUnitId", s.unit(),
                "title", "Annat mål"));
        put("jh-planner", "/api/v1/activities/" + id, 0, activity(otherGoal, "Ett mål", "NOT_STARTED", null))
                .then().statusCode(400).body("violations[0].field", equalTo("goalId"));
    }

    @Test
    void writesNeedAPlannerAndAnotherRegionSeesNothing() {
        Setup s = setup("jh");
        String id = create("jh-planner", "/api/v1/activities", activity(s.goal(), "Karriärmodeller", "NOT_STARTED", null));

        post("jh-viewer", "/api/v1/activities", activity(s.goal(), "Nej", "NOT_STARTED", null)).then().statusCode(403);
        post("jh-reporter", "/api/v1/activities", activity(s.goal(), "Nej", "NOT_STARTED", null)).then().statusCode(403);
        create("jh-admin", "/api/v1/activities", activity(s.goal(), "Admin får", "NOT_STARTED", null));
        get("nb-admin", "/api/v1/activities/" + id).then().statusCode(404);
        get("nb-admin", "/api/v1/activities").then().statusCode(200).body("items.id", not(hasItem(id)));
        put("nb-planner", "/api/v1/activities/" + id, 0, activity(s.goal(), "Tagen", "DONE", null)).then().statusCode(404);
        post("nb-planner", "/api/v1/activities", activity(s.goal(), "Fel region", "NOT_STARTED", null)).then()
                .statusCode(400).body("violations[0].field", equalTo("goalId"));
    }
}
