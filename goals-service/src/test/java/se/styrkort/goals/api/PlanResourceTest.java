package se.styrkort.goals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.styrkort.testsupport.Tokens;

@QuarkusTest
class PlanResourceTest {

    static Response createPlan(String user, String name) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"fromYear\":2023,\"toYear\":2025}")
                .post("/api/v1/plans");
    }

    @Test
    void plannerCreatesAndViewerReadsAPlan() {
        String id = createPlan("jh-planner", "Regionplan 2023-2025").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("jh-planner"))
                .extract().path("id");

        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/plans/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Regionplan 2023-2025"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("year", 2024).queryParam("size", 500)
                .get("/api/v1/plans")
                .then().statusCode(200).body("items.id", hasItem(id)).body("size", equalTo(500));
    }

    @Test
    void aPlanNamesItsOwnerUnitOfTheSameRegion() {
        String hsn = Api.unit("jh-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);
        String id = Api.plan("jh-planner", "Verksamhetsplan 2023 HSN", 2023, 2023, hsn);

        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/plans/" + id)
                .then().statusCode(200).body("ownerUnitId", equalTo(hsn));
        Api.put("jh-planner", "/api/v1/plans/" + id, 0,
                Api.json("name", "Verksamhetsplan 2023 HSN", "fromYear", 2023, "toYear", 2023,
                        "ownerUnitId", UUID.randomUUID().toString()))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("ownerUnitId"));
        // Another region's unit is as unknown as a made-up one.
        Api.post("nb-planner", "/api/v1/plans",
                Api.json("name", "Plan 2023", "fromYear", 2023, "toYear", 2023, "ownerUnitId", hsn))
                .then().statusCode(400).body("violations[0].field", equalTo("ownerUnitId"));
        // Without an owner, as before.
        Api.put("jh-planner", "/api/v1/plans/" + id, 0,
                Api.json("name", "Verksamhetsplan 2023", "fromYear", 2023, "toYear", 2023))
                .then().statusCode(200).body("ownerUnitId", equalTo(null));
    }

    @Test
    void plansAreFilteredByYearStatusAndText() {
        String id = createPlan("nb-planner", "Nämndplan 2023-2025 Hälso- och sjukvårdsnämnden").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", Tokens.bearer("nb-viewer")).queryParam("q", "hälso- OCH sjukvård")
                .queryParam("status", "DRAFT").queryParam("year", 2025).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", Tokens.bearer("nb-viewer")).queryParam("q", "hälso- och sjukvård")
                .queryParam("status", "ADOPTED").get("/api/v1/plans")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", Tokens.bearer("nb-viewer")).queryParam("year", 2026).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", Tokens.bearer("nb-viewer")).queryParam("status", "DONE").get("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void anUpdateNeedsTheVersionItWasBasedOn() {
        String id = createPlan("jh-admin", "Verksamhetsplan 2023").then().statusCode(201).extract().path("id");
        String body = "{\"name\":\"Verksamhetsplan 2023 rev\",\"fromYear\":2023,\"toYear\":2023}";

        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/plans/" + id).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-planner")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/plans/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", Tokens.bearer("jh-planner")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/v1/plans/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/plans").then().statusCode(401);
        createPlan("jh-viewer", "Not allowed").then().statusCode(403).contentType("application/problem+json");
        createPlan("jh-reporter", "Not allowed").then().statusCode(403);
        // A valid token without a tenant reaches nothing.
        given().header("Authorization", "Bearer " + Tokens.forClaims("stranger", null, Set.of("admin")))
                .get("/api/v1/plans").then().statusCode(403);
    }

    @Test
    void anotherRegionsPlanDoesNotExistForYou() {
        String id = createPlan("jh-planner", "Jämtlands plan").then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/plans/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nb-admin")).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", Tokens.bearer("nb-admin")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"name\":\"Taken over\",\"fromYear\":2023,\"toYear\":2025}")
                .put("/api/v1/plans/" + id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/plans/" + id)
                .then().statusCode(200).body("name", equalTo("Jämtlands plan"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"fromYear\":1900}")
                .post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(3))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("fromYear"))
                .body("violations.field", hasItem("toYear"));
        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON)
                .body("{\"name\":\"Backwards\",\"fromYear\":2025,\"toYear\":2023}")
                .post("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("toYear"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("size", 100000).get("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void malformedBodiesAndWrongMediaTypesAreProblems() {
        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON)
                .body("{\"name\": \"Broken\",").post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON)
                .body("{\"name\":\"Typo\",\"fromYear\":\"twenty\",\"toYear\":2023}").post("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("fromYear"));
        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.JSON)
                .body("{\"name\":\"Typo\",\"fromyear\":2023,\"toYear\":2023}").post("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("fromyear"));
        given().header("Authorization", Tokens.bearer("jh-planner")).contentType(ContentType.XML)
                .body("<plan/>").post("/api/v1/plans")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/plans/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("jh-admin")).delete("/api/v1/plans")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("styrkort_outbox_published"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/plans"))
                .body(containsString("/api/v1/plans/{id}/tree")).body(containsString("/api/v1/org-units"))
                .body(containsString("/api/v1/strategies")).body(containsString("/api/v1/overall-goals"))
                .body(containsString("/api/v1/assignments")).body(containsString("/api/v1/goals"))
                .body(containsString("/api/v1/indicators")).body(containsString("/api/v1/indicators/{id}/target-history"))
                .body(containsString("/api/v1/plans/{id}/adopt")).body(containsString("/api/v1/plans/{id}/versions"))
                .body(containsString("/api/v1/activities")).body(containsString("/api/v1/control-points"))
                .body(containsString("/api/v1/follow-up-items"));
    }
}
