package se.styrkort.goals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.Tokens;

/** The internal control plan and the meeting plan of HSN's verksamhetsplan 2023 (seed 004). */
@QuarkusTest
class ControlPlanTest {

    static Map<String, Object> controlPoint(String plan, String point, String performer, String method,
            List<Map<String, Object>> followUps) {
        return json("planId", plan, "controlPoint", point, "performer", performer, "method", method, "followUps", followUps);
    }

    @Test
    void theCommitteesControlPointsAreFollowedUpTwiceAYear() {
        String hsn = Api.unit("nb-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String plan = Api.plan("nb-planner", "Verksamhetsplan 2023 HSN", 2023, 2023, hsn);
        String funds = create("nb-planner", "/api/v1/control-points", controlPoint(plan,
                "Säkerställa att nationella medel används kostnadseffektivt", "God och nära vård",
                "Kontroll av tillförlitlig finansiell rapportering",
                List.of(json("date", "2023-08-31"), json("date", "2024-02-28"))));
        create("nb-planner", "/api/v1/control-points", controlPoint(plan,
                "Verkställighet av beslut om etablering av Digitalen i primärvården", "Primärvården",
                "Andel digitala vårdbesök, nybesök respektive återbesök av totala besök", null));
        create("nb-planner", "/api/v1/control-points", controlPoint(plan,
                "Verkställighet av uppdrag i syfte att öka förmågan att rekrytera och behålla medarbetare", "Tandvården",
                "Uppföljning av rekryteringsinsatser avseende tandläkare och annan tandvårdspersonal", null));

        get("nb-viewer", "/api/v1/control-points?planId=" + plan).then().statusCode(200).body("items", hasSize(3))
                .body("items.performer", hasItems("God och nära vård", "Primärvården", "Tandvården"));
        get("nb-viewer", "/api/v1/control-points?planId=" + plan + "&q=digitalen").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].performer", equalTo("Primärvården"));
        get("nb-viewer", "/api/v1/control-points?planId=" + plan + "&year=2024").then().statusCode(200).body("items",
                hasSize(0));
        // The first follow-up's result is recorded, even after the plan is adopted.
        PlanAdoptionTest.adopt("nb-planner", plan, 0, PlanAdoptionTest.decision("HSN/726/2022")).then().statusCode(200);
        put("nb-planner", "/api/v1/control-points/" + funds, 0, controlPoint(plan,
                "Säkerställa att nationella medel används kostnadseffektivt", "God och nära vård",
                "Kontroll av tillförlitlig finansiell rapportering",
                List.of(json("date", "2024-02-28"), json("date", "2023-08-31", "result", "Inga avvikelser")))).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("followUps.date", contains("2023-08-31", "2024-02-28"))
                .body("followUps[0].result", equalTo("Inga avvikelser"));

        post("nb-planner", "/api/v1/control-points", json("planId", plan, "controlPoint", "", "followUps",
                List.of(json("result", "x")))).then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(4))
                .body("violations.field", hasItems("controlPoint", "performer", "method", "followUps[0].date"));
        post("nb-viewer", "/api/v1/control-points", controlPoint(plan, "a", "b", "c", null)).then().statusCode(403);
        get("jh-admin", "/api/v1/control-points/" + funds).then().statusCode(404);
        get("jh-admin", "/api/v1/control-points").then().statusCode(200).body("items.id", not(hasItem(funds)));
        post("jh-planner", "/api/v1/control-points", controlPoint(plan, "a", "b", "c", null)).then().statusCode(400)
                .body("violations[0].field", equalTo("planId"));
    }

    @Test
    void theMeetingPlanListsBodiesAndDatesInOrder() {
        String hsn = Api.unit("nb-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String rs = Api.unit("nb-admin", "Regionstyrelsen", "BOARD", null, null);
        String rf = Api.unit("nb-admin", "Regionfullmäktige", "COUNCIL", null, null);
        String plan = Api.plan("nb-planner", "Verksamhetsplan 2023 HSN", 2023, 2023, hsn);
        create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "date", "2023-02-22", "bodyUnitId", rf,
                "topic", "Sammanträde", "responsibleRole", "Regiondirektör"));
        String hsnMeeting = create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "date", "2023-01-27",
                "bodyUnitId", hsn, "topic", "Sammanträde", "responsibleRole", "Hälso- och sjukvårdsdirektör"));
        create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "date", "2023-02-08", "bodyUnitId", rs,
                "topic", "Sammanträde"));
        create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "date", "2023-10-05", "bodyUnitId", hsn,
                "topic", "Verksamhetsrapport 2023 till regionfullmäktige", "responsibleRole", "Ekonomichef"));

        get("nb-viewer", "/api/v1/follow-up-items?planId=" + plan).then().statusCode(200)
                .body("items.date", contains("2023-01-27", "2023-02-08", "2023-02-22", "2023-10-05"));
        get("nb-viewer", "/api/v1/follow-up-items?planId=" + plan + "&unitId=" + hsn + "&from=2023-02-01").then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].topic", equalTo("Verksamhetsrapport 2023 till regionfullmäktige"));
        put("nb-planner", "/api/v1/follow-up-items/" + hsnMeeting, 0, json("planId", plan, "date", "2023-01-30",
                "bodyUnitId", hsn, "topic", "Sammanträde (flyttat)")).then().statusCode(200).header("ETag", "\"1\"");

        post("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "topic", " ", "responsibleRole", "x".repeat(201)))
                .then().statusCode(400).body("violations", hasSize(3))
                .body("violations.field", hasItems("bodyUnitId", "topic", "responsibleRole"));
        post("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "bodyUnitId", hsn, "topic", "Sammanträde",
                "endDate", "2023-03-08")).then().statusCode(400).body("violations", hasSize(2))
                .body("violations.field", hasItems("date", "endDate"));
        post("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "date", "2023-03-08", "bodyUnitId",
                java.util.UUID.randomUUID().toString(), "topic", "Sammanträde")).then().statusCode(400)
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("bodyUnitId"));
        post("nb-reporter", "/api/v1/follow-up-items", json("planId", plan, "date", "2023-03-08", "bodyUnitId", hsn,
                "topic", "Sammanträde")).then().statusCode(403);
        get("jh-viewer", "/api/v1/follow-up-items/" + hsnMeeting).then().statusCode(404);
        put("jh-planner", "/api/v1/follow-up-items/" + hsnMeeting, 1, json("planId", plan, "date", "2023-01-30",
                "bodyUnitId", hsn, "topic", "Tagen")).then().statusCode(404);
    }

    @Test
    void theFollowUpPlanAndThePreparationCalendarAreLinesOfTheirOwnKind() {
        String hsn = Api.unit("nb-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String rf = Api.unit("nb-admin", "Regionfullmäktige", "COUNCIL", null, null);
        String plan = Api.plan("nb-planner", "Verksamhetsplan HSN 2023-2025", 2023, 2025, hsn);
        // 000's uppföljningsplan names areas for the year without dates; 004's beredningsplan dates each step.
        String area = create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "kind", "FOLLOW_UP",
                "bodyUnitId", hsn, "topic", "Patientsäkerhetsberättelse"));
        create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "kind", "PREPARATION", "date", "2023-01-06",
                "bodyUnitId", hsn, "section", "Omgång 1", "topic", "Inlämning av ärenden"));
        create("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "kind", "MEETING", "date", "2023-02-22",
                "endDate", "2023-02-23", "bodyUnitId", rf, "section", "Omgång 1", "topic", "Regionfullmäktige"));

        get("nb-viewer", "/api/v1/follow-up-items/" + area).then().statusCode(200).body("kind", equalTo("FOLLOW_UP"))
                .body("date", equalTo(null));
        get("nb-viewer", "/api/v1/follow-up-items?planId=" + plan).then().statusCode(200)
                .body("items.kind", contains("PREPARATION", "MEETING", "FOLLOW_UP"));
        get("nb-viewer", "/api/v1/follow-up-items?planId=" + plan + "&kind=MEETING").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].endDate", equalTo("2023-02-23"));
        given().header("Authorization", Tokens.bearer("nb-viewer"))
                .get("/api/v1/follow-up-items?planId=" + plan + "&kind=PREPARATION&format=csv&dialect=excel-sv").then()
                .statusCode(200).contentType(containsString("text/csv")).header("X-Total-Count", "1")
                .body(containsString("id;plan_id;kind;date;end_date;body_unit_id;section;topic;responsible_role;version"))
                .body(containsString(";PREPARATION;2023-01-06;;" + hsn + ";Omgång 1;Inlämning av ärenden;;0"));

        get("nb-viewer", "/api/v1/follow-up-items?kind=SOMETIME").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        get("nb-viewer", "/api/v1/follow-up-items?format=csv&dialect=excel").then().statusCode(400)
                .body("violations[0].field", equalTo("dialect"));
        post("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "kind", "PREPARATION", "bodyUnitId", hsn,
                "topic", "Beredning")).then().statusCode(400).body("violations[0].field", equalTo("date"));
        post("nb-planner", "/api/v1/follow-up-items", json("planId", plan, "kind", "MEETING", "date", "2023-02-23",
                "endDate", "2023-02-22", "bodyUnitId", rf, "topic", "Regionfullmäktige")).then().statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/follow-up-items?format=csv").then()
                .statusCode(200).body(not(containsString("Patientsäkerhetsberättelse")));
    }
}
