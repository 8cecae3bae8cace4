package se.styrkort.budget.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.budget.BudgetApi.get;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.put;
import static se.styrkort.budget.BudgetApi.unit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.Tokens;

/** Antal anställda as the board's interim report per August 2022 counts them (seed 002). */
@QuarkusTest
class StaffFigureResourceTest {

    private static final String FIGURES = "/api/v1/staff-figures";

    static String figure(UUID unit, String asOf, String category, Object total, Object women, Object men) {
        return "{\"orgUnitId\":\"" + unit + "\",\"asOf\":\"" + asOf + "\",\"category\":" + category + ",\"total\":" + total
                + (women == null ? "" : ",\"women\":" + women) + (men == null ? "" : ",\"men\":" + men) + "}";
    }

    @Test
    void aUnitsHeadCountsPerDayAreKeptWithWomenAndMen() {
        UUID unit = unit("jh");
        String id = post("jh-economist", FIGURES, figure(unit, "2022-08-31", "\"Månadsavlönade\"", 598, 354, 244)).then()
                .statusCode(201).header("ETag", "\"0\"").body("total", equalTo(598)).body("women", equalTo(354))
                .body("men", equalTo(244)).extract().path("id");
        post("jh-economist", FIGURES, figure(unit, "2021-08-31", "\"Månadsavlönade\"", 570, 336, 234)).then()
                .statusCode(201);
        post("jh-economist", FIGURES, figure(unit, "2020-08-31", "\"Månadsavlönade\"", 508, null, null)).then()
                .statusCode(201).body("women", nullValue());

        get("jh-viewer", FIGURES + "?orgUnitId=" + unit).then().statusCode(200).body("total", equalTo(3))
                .body("items.asOf", equalTo(List.of("2022-08-31", "2021-08-31", "2020-08-31")));
        get("jh-viewer", FIGURES + "?orgUnitId=" + unit + "&from=2021-01-01&to=2021-12-31&category=Månadsavlönade").then()
                .statusCode(200).body("items.total", equalTo(List.of(570)));
        given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get(FIGURES + "?format=csv&dialect=excel-sv&orgUnitId=" + unit + "&to=2022-12-31&from=2022-01-01")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("id;orgUnitId;asOf;category;total;women;men;version"))
                .body(containsString(";2022-08-31;Månadsavlönade;598;354;244;0"));

        put("jh-economist", FIGURES + "/" + id, "\"0\"", figure(unit, "2022-08-31", "\"Månadsavlönade\"", 599, 355, 244))
                .then().statusCode(200).header("ETag", "\"1\"").body("women", equalTo(355));
        put("jh-economist", FIGURES + "/" + id, "\"0\"", figure(unit, "2022-08-31", "\"Månadsavlönade\"", 1, null, null))
                .then().statusCode(412);
        get("jh-viewer", "/api/v1/changes?aggregateType=staff-figure&aggregateId=" + id).then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void badInputIsNamedPerFieldAndAnotherRegionSeesNothing() {
        UUID unit = unit("jh");
        UUID nbUnit = unit("nb");
        post("jh-economist", FIGURES, figure(unit, "2022-08-31", "\"Månadsavlönade\"", 580, 375, 200)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("total")));
        post("jh-economist", FIGURES, figure(unit, "2022-13-31", "\" \"", -1, -2, "\"många\"")).then().statusCode(400)
                .contentType("application/problem+json");
        post("jh-economist", FIGURES, figure(unit, "2022-08-31", "\" \"", -1, -2, null)).then().statusCode(400)
                .body("violations.field", equalTo(List.of("category", "total", "women")));
        post("jh-economist", FIGURES, figure(nbUnit, "2022-08-31", "\"Månadsavlönade\"", 1, null, null)).then()
                .statusCode(400).body("violations.field", equalTo(List.of("orgUnitId")));
        String id = post("jh-economist", FIGURES, figure(unit, "2022-08-31", "\"Månadsavlönade\"", 121, 87, 34)).then()
                .statusCode(201).extract().path("id");
        post("jh-economist", FIGURES, figure(unit, "2022-08-31", "\"Månadsavlönade\"", 122, null, null)).then()
                .statusCode(409);
        put("jh-economist", FIGURES + "/" + id, "\"0\"", figure(unit, "2021-08-31", "\"Timavlönade\"", 121, 87, 34))
                .then().statusCode(400).body("violations.field", equalTo(List.of("asOf", "category")));
        post("jh-reporter", FIGURES, figure(unit, "2022-08-31", "\"Timavlönade\"", 1, null, null)).then().statusCode(403);

        get("nb-viewer", FIGURES + "/" + id).then().statusCode(404);
        put("nb-economist", FIGURES + "/" + id, "\"0\"", figure(unit, "2022-08-31", "\"Månadsavlönade\"", 1, null, null))
                .then().statusCode(404);
        get("nb-viewer", FIGURES).then().statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
    }
}
