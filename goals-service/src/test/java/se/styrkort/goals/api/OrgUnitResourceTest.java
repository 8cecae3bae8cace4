package se.styrkort.goals.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.styrkort.goals.api.Api.command;
import static se.styrkort.goals.api.Api.get;
import static se.styrkort.goals.api.Api.json;
import static se.styrkort.goals.api.Api.post;
import static se.styrkort.goals.api.Api.put;
import static se.styrkort.goals.api.Api.unit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrgUnitResourceTest {

    private static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anAdminBuildsTheRegionsTreeAndAViewerFiltersIt() {
        String rf = unit("jh-admin", "Regionfullmäktige", "COUNCIL", null, code());
        String rs = unit("jh-admin", "Regionstyrelsen", "BOARD", rf, code());
        String hsn = unit("jh-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", rf, code());
        String division = unit("jh-admin", "Division Nära vård", "DIVISION", hsn, null);

        get("jh-viewer", "/api/v1/org-units/" + hsn).then().statusCode(200).header("ETag", "\"0\"")
                .body("kind", equalTo("COMMITTEE")).body("parentId", equalTo(rf)).body("retired", equalTo(false));
        get("jh-viewer", "/api/v1/org-units?parentId=" + rf).then().statusCode(200)
                .body("items.id", hasItems(rs, hsn)).body("items.id", not(hasItem(division))).body("total", equalTo(2));
        get("jh-viewer", "/api/v1/org-units?kind=DIVISION&q=NÄRA vård").then().statusCode(200)
                .body("items.id", hasItem(division)).body("items.kind", not(hasItem("COMMITTEE")));
    }

    @Test
    void aPlannerMayReadButNotChangeTheOrganization() {
        post("jh-planner", "/api/v1/org-units", json("name", "Ny nämnd", "kind", "COMMITTEE")).then().statusCode(403)
                .contentType("application/problem+json");
        get("jh-planner", "/api/v1/org-units").then().statusCode(200);
    }

    @Test
    void aUnitIsNeverMovedBelowItself() {
        String top = unit("jh-admin", "Hälso- och sjukvårdsförvaltningen", "ADMINISTRATION", null, null);
        String middle = unit("jh-admin", "Division Länssjukvård", "DIVISION", top, null);
        String bottom = unit("jh-admin", "Område Akut", "AREA", middle, null);

        put("jh-admin", "/api/v1/org-units/" + top, 0,
                json("name", "Hälso- och sjukvårdsförvaltningen", "kind", "ADMINISTRATION", "parentId", bottom))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("parentId"));
        put("jh-admin", "/api/v1/org-units/" + top, 0,
                json("name", "Hälso- och sjukvårdsförvaltningen", "kind", "ADMINISTRATION", "parentId", top))
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
        // Moving the bottom unit up, beside its parent, is fine.
        put("jh-admin", "/api/v1/org-units/" + bottom, 0, json("name", "Område Akut", "kind", "AREA", "parentId", top))
                .then().statusCode(200).header("ETag", "\"1\"").body("parentId", equalTo(top));
    }

    @Test
    void aRetiredUnitStaysReadableButTakesNoNewChildren() {
        String parent = unit("jh-admin", "Område Psykiatri", "AREA", null, null);
        String child = unit("jh-admin", "Enhet BUP", "UNIT", parent, null);

        command("jh-admin", "/api/v1/org-units/" + parent + "/retire", null).then().statusCode(428);
        // A unit with units in use below it cannot go.
        command("jh-admin", "/api/v1/org-units/" + parent + "/retire", 0L)
                .then().statusCode(409).contentType("application/problem+json");
        command("jh-admin", "/api/v1/org-units/" + child + "/retire", 0L)
                .then().statusCode(200).body("retired", equalTo(true)).header("ETag", "\"1\"");

        get("jh-viewer", "/api/v1/org-units/" + child).then().statusCode(200).body("retired", equalTo(true));
        post("jh-admin", "/api/v1/org-units", json("name", "Enhet ny", "kind", "UNIT", "parentId", child))
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
        post("jh-planner", "/api/v1/plans", json("name", "Plan", "fromYear", 2023, "toYear", 2023, "ownerUnitId", child))
                .then().statusCode(400).body("violations[0].field", equalTo("ownerUnitId"));
    }

    @Test
    void anotherRegionsUnitsDoNotExistForYou() {
        String hsn = unit("jh-admin", "Hälso- och sjukvårdsnämnden", "COMMITTEE", null, null);

        get("nb-admin", "/api/v1/org-units/" + hsn).then().statusCode(404).contentType("application/problem+json");
        get("nb-viewer", "/api/v1/org-units").then().statusCode(200).body("items.id", not(hasItem(hsn)));
        put("nb-admin", "/api/v1/org-units/" + hsn, 0, json("name", "Övertagen", "kind", "COMMITTEE"))
                .then().statusCode(404);
        // Naming it as a parent is bad input in the other region, as if it did not exist.
        post("nb-admin", "/api/v1/org-units", json("name", "Division", "kind", "DIVISION", "parentId", hsn))
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
    }

    @Test
    void badInputIsAProblemWithOneEntryPerField() {
        post("jh-admin", "/api/v1/org-units", json("name", " ", "code", "hsn lower"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(3))
                .body("violations.field", hasItems("name", "kind", "code"));
        post("jh-admin", "/api/v1/org-units", json("name", "Nämnd", "kind", "PARLIAMENT"))
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        get("jh-viewer", "/api/v1/org-units?kind=PARLIAMENT").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("COMMITTEE"));
    }

    @Test
    void aShortCodeNamesOneUnit() {
        String code = code();
        unit("jh-admin", "Regionstyrelsen", "BOARD", null, code);
        post("jh-admin", "/api/v1/org-units", json("name", "Annan styrelse", "kind", "BOARD", "code", code))
                .then().statusCode(409).contentType("application/problem+json");
        // Codes are per region.
        unit("nb-admin", "Regionstyrelsen", "BOARD", null, code);
    }
}
