package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.styrkort.budget.BudgetApi.costFrame;
import static se.styrkort.budget.BudgetApi.frame;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.line;
import static se.styrkort.budget.BudgetApi.mkr;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.styrkort.budget.BudgetApi;
import se.styrkort.testsupport.Tokens;

@QuarkusTest
class BudgetFrameResourceTest {

    private static final String FRAMES = "/api/v1/budget-frames";

    static Response setFrame(String user, String body) {
        return post(user, FRAMES, body);
    }

    static Response setFrame(String user) {
        return setFrame(user, costFrame(unit("jh"), 2023, "BUDGET", "-2350000.50"));
    }

    @Test
    void economistSetsAFrameByCategoryAndViewerReadsItsNet() {
        UUID unit = unit("jh");
        String id = setFrame("jh-economist", frame(unit, 2023, "BUDGET",
                line("PERSONNEL", "-1500000.5", "-200000"),
                line("EXTERNAL_REVENUE", "400000", "0"),
                line("DRUGS", "-300000", "0")))
                .then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/budget-frames/"))
                .body("createdBy", equalTo("jh-economist"))
                .extract().path("id");
        setFrame("jh-economist", costFrame(unit, 2024, "PLAN", "-2400000")).then().statusCode(201);

        get("jh-viewer", FRAMES + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("orgUnitId", equalTo(unit.toString()))
                .body("year", equalTo(2023))
                .body("kind", equalTo("BUDGET"))
                .body("lines.category", equalTo(List.of("EXTERNAL_REVENUE", "PERSONNEL", "DRUGS")))
                .body("lines[1].officials", equalTo(new BigDecimal("-1500000.50")))
                .body("lines[1].electedMembers", equalTo(new BigDecimal("-200000.00")))
                .body("lines[1].net", equalTo(new BigDecimal("-1700000.50")))
                .body("adopted.officials", equalTo(new BigDecimal("-1400000.50")))
                .body("adopted.electedMembers", equalTo(new BigDecimal("-200000.00")))
                .body("adopted.net", equalTo(new BigDecimal("-1600000.50")))
                .body("adjustments.net", equalTo(new BigDecimal("0.00")))
                .body("current.net", equalTo(new BigDecimal("-1600000.50")));
        given().header("Authorization", Tokens.bearer("jh-viewer"))
                .queryParam("orgUnitId", unit).queryParam("year", 2023).get(FRAMES)
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("orgUnitId", unit).get(FRAMES)
                .then().statusCode(200).body("items.year", equalTo(List.of(2024, 2023)));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 500).get(FRAMES)
                .then().statusCode(200).body("items.id", hasItem(id)).body("size", equalTo(500));
    }

    /** 000_…: the committee's budget 2022, officials −2 895,2 mkr and elected members −3,1 mkr. */
    @Test
    void theCommitteesFrameOf2022IsItsAdoptedNet() {
        String id = setFrame("jh-economist", frame(unit("jh"), 2022, "BUDGET",
                // The seed gives the parts' totals only; this split across categories is illustrative.
                line("EXTERNAL_REVENUE", mkr("400.0"), 0),
                line("PERSONNEL", mkr("-1900.0"), mkr("-2.5")),
                line("DRUGS", mkr("-520.0"), 0),
                line("OTHER_EXTERNAL_COSTS", mkr("-875.2"), mkr("-0.6"))))
                .then().statusCode(201).extract().path("id");

        get("jh-viewer", FRAMES + "/" + id).then().statusCode(200)
                .body("adopted.officials", equalTo(mkr("-2895.2")))
                .body("adopted.electedMembers", equalTo(mkr("-3.1")))
                .body("adopted.net", equalTo(mkr("-2898.3")));
    }

    @Test
    void oneFramePerOrgUnitYearAndKind() {
        UUID unit = unit("jh");
        setFrame("jh-economist", costFrame(unit, 2022, "PLAN", "-100")).then().statusCode(201);
        String budget = setFrame("jh-economist", costFrame(unit, 2022, "BUDGET", "-100")).then().statusCode(201)
                .extract().path("id");

        setFrame("jh-economist", costFrame(unit, 2022, "BUDGET", "-200")).then().statusCode(409)
                .contentType("application/problem+json");
        put("jh-economist", FRAMES + "/" + budget, "\"0\"", costFrame(unit, 2022, "PLAN", "-100"))
                .then().statusCode(409);
        // Another region's unit is as unknown as one that does not exist.
        setFrame("nb-economist", costFrame(unit, 2022, "BUDGET", "-200")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("orgUnitId")))
                .body("violations[0].message", equalTo("no org unit with this id"));
        setFrame("jh-economist", costFrame(UUID.randomUUID(), 2022, "BUDGET", "-200")).then().statusCode(400)
                .body("violations.field", equalTo(List.of("orgUnitId")))
                .body("violations[0].message", equalTo("no org unit with this id"));
        // A region's own unit of the same year is its own frame.
        setFrame("nb-economist", costFrame(BudgetApi.unit("nb"), 2022, "BUDGET", "-200")).then().statusCode(201);
    }

    @Test
    void aChangeNeedsTheVersionItWasBasedOn() {
        UUID unit = unit("jh");
        String id = setFrame("jh-admin", costFrame(unit, 2023, "BUDGET", "-100")).then().statusCode(201)
                .extract().path("id");
        String body = frame(unit, 2023, "BUDGET", line("PERSONNEL", "-150000.25", "-1000"));

        given().header("Authorization", Tokens.bearer("jh-economist")).contentType(ContentType.JSON).body(body)
                .put(FRAMES + "/" + id).then().statusCode(428).contentType("application/problem+json");
        put("jh-economist", FRAMES + "/" + id, "\"0\"", body).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("lines.category", equalTo(List.of("PERSONNEL")))
                .body("adopted.net", equalTo(new BigDecimal("-151000.25")))
                .body("createdBy", equalTo("jh-admin"))
                .body("updatedBy", equalTo("jh-economist"));
        put("jh-economist", FRAMES + "/" + id, "\"0\"", body).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        put("jh-economist", FRAMES + "/" + id, "\"1\"", costFrame(unit, 2024, "BUDGET", "-1")).then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        put("jh-economist", FRAMES + "/" + id, "\"1\"", costFrame(unit("jh"), 2023, "BUDGET", "-1"))
                .then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().get(FRAMES).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get(FRAMES).then().statusCode(401);
        setFrame("jh-viewer").then().statusCode(403).contentType("application/problem+json");
        setFrame("jh-reporter").then().statusCode(403);
        setFrame("jh-planner").then().statusCode(403);
        setFrame("jh-feed").then().statusCode(403);
        given().get(FRAMES + "/sums?year=2022").then().statusCode(401);
    }

    @Test
    void anotherRegionsFrameDoesNotExistForYou() {
        String id = setFrame("jh-economist").then().statusCode(201).extract().path("id");

        get("nb-admin", FRAMES + "/" + id).then().statusCode(404).contentType("application/problem+json");
        get("nb-admin", FRAMES).then().statusCode(200).body("items.id", not(hasItem(id)));
        put("nb-admin", FRAMES + "/" + id, "\"0\"", costFrame(unit("jh"), 2023, "BUDGET", "0"))
                .then().statusCode(404);
        get("jh-viewer", FRAMES + "/" + id).then().statusCode(200).body("kind", equalTo("BUDGET"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        setFrame("jh-economist", "{\"year\":1999}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(4))
                .body("violations.field", equalTo(List.of("kind", "lines", "orgUnitId", "year")));
        setFrame("jh-economist", costFrame(unit("jh"), 2023, "BUDGET", "10.005"))
                .then().statusCode(400).body("violations", hasSize(1))
                .body("violations[0].field", equalTo("lines[0].officials"));
        setFrame("jh-economist", frame(unit("jh"), 2023, "BUDGET", "{\"category\":\"DRUGS\"}"))
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("lines[0].electedMembers", "lines[0].officials")));
        setFrame("jh-economist", frame(unit("jh"), 2023, "BUDGET",
                line("EXTERNAL_REVENUE", "-5", "0"), line("PERSONNEL", "-5", "7"), line("PERSONNEL", "-1", "0")))
                .then().statusCode(400).body("violations.field",
                        equalTo(List.of("lines[0].officials", "lines[1].electedMembers", "lines[2].category")))
                .body("violations.message", hasItem("costs are negative"))
                .body("violations.message", hasItem("revenues are positive"));
        setFrame("jh-economist", costFrame(unit("jh"), 2023, "BUDGET", "12345678901234567"))
                .then().statusCode(400).body("violations[0].field", equalTo("lines[0].officials"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("year", 3000).get(FRAMES)
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 100000).get(FRAMES)
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        get("jh-viewer", FRAMES + "/sums").then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreProblems() {
        setFrame("jh-economist", "{\"year\": 2023,")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        setFrame("jh-economist", costFrame(unit("jh"), 2023, "FORECAST", "-1"))
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        setFrame("jh-economist", frame(unit("jh"), 2023, "BUDGET", line("TRAVEL", "-1", "0")))
                .then().statusCode(400).body("violations[0].field", equalTo("lines[0].category"));
        setFrame("jh-economist", costFrame(unit("jh"), 2023, "BUDGET", "\"a lot\""))
                .then().statusCode(400).body("violations[0].field", equalTo("lines[0].officials"));
        setFrame("jh-economist", costFrame(unit("jh"), 2023, "BUDGET", "-1").replace("orgUnitId", "orgunitId"))
                .then().statusCode(400).body("violations[0].field", equalTo("orgunitId"));
        given().header("Authorization", Tokens.bearer("jh-economist")).contentType(ContentType.XML)
                .body("<frame/>").post(FRAMES)
                .then().statusCode(415).contentType("application/problem+json");
        get("jh-viewer", FRAMES + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("styrkort_outbox_published"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/budget-frames"))
                .body(containsString("/api/v1/adjustments"));
    }
}
