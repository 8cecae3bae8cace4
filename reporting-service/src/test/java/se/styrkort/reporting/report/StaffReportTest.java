package se.styrkort.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.InTenant;
import se.styrkort.reporting.readmodel.FollowUpItem;
import se.styrkort.reporting.readmodel.StaffFigure;

/**
 * The staff table of the board's interim report per August 2022 (seed 002, "Väsentliga
 * personalförhållanden", antal månadsavlönade on 31 August 2019–2022) from staff-figure events
 * through the real broker, and the plan's meeting plan kept in the read model.
 */
@QuarkusTest
class StaffReportTest {

    static final String RS = Feed.id();
    static final String STABEN = Feed.id();
    static final String DIREKTOR = Feed.id();
    static final String PLAN = Feed.id();

    /** The seed's table, typed in: unit, day, total, women, men. */
    static final List<Object[]> SEED = List.of(
            new Object[] { RS, "2019-08-31", 580, 375, 205 }, new Object[] { RS, "2020-08-31", 508, 299, 209 },
            new Object[] { RS, "2021-08-31", 570, 336, 234 }, new Object[] { RS, "2022-08-31", 598, 354, 244 },
            new Object[] { STABEN, "2019-08-31", 459, 288, 171 }, new Object[] { STABEN, "2020-08-31", 387, 217, 170 },
            new Object[] { STABEN, "2021-08-31", 440, 247, 193 }, new Object[] { STABEN, "2022-08-31", 469, 262, 207 },
            new Object[] { DIREKTOR, "2019-08-31", 121, 87, 34 }, new Object[] { DIREKTOR, "2020-08-31", 121, 82, 39 },
            new Object[] { DIREKTOR, "2021-08-31", 130, 89, 41 }, new Object[] { DIREKTOR, "2022-08-31", 129, 92, 37 });

    static Feed staffFigure(Feed feed, String id, String unit, String asOf, int total, Integer women, Integer men) {
        return feed.event("styrkort.budget", "staff-figure", id, 0, "{'id':'$id','orgUnitId':'" + unit + "','asOf':'" + asOf
                + "','category':'Månadsavlönade','total':" + total + ",'women':" + women + ",'men':" + men + "}");
    }

    @Test
    void theStaffTableIsTheSeeds() {
        Feed jh = new Feed("region-jh");
        jh.orgUnit(RS, "Regionstyrelsen", null).orgUnit(STABEN, "Regionstaben", RS).orgUnit(DIREKTOR, "Regiondirektör", RS)
                .plan(PLAN, "Regionstyrelsens verksamhetsplan 2022", RS);
        SEED.forEach(r -> staffFigure(jh, Feed.id(), (String) r[0], (String) r[1], (Integer) r[2], (Integer) r[3],
                (Integer) r[4]));
        // A later day than the period's end, and a day more than four years before it, are not the report's.
        staffFigure(jh, Feed.id(), RS, "2022-12-31", 600, 355, 245);
        staffFigure(jh, Feed.id(), RS, "2018-08-31", 500, null, null);
        jh.event("styrkort.goals", "follow-up-item", Feed.id(), 0, "{'id':'$id','planId':'" + PLAN + "','kind':'MEETING',"
                + "'date':'2022-09-29','endDate':'2022-09-30','bodyUnitId':'" + RS + "','section':'Återkommande ärenden',"
                + "'topic':'Delårsbokslut augusti 2022','responsibleRole':'Ekonomidirektör'}");
        jh.publish();
        Feed nb = new Feed("region-nb");
        staffFigure(nb, Feed.id(), RS, "2022-08-31", 1, null, null).publish();

        eventually(() -> as("jh-viewer")
                .get("/api/v1/reports/" + PLAN + "/2022-T2").then().statusCode(200).body("staff.size()", equalTo(12)));

        String csv = as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2?format=csv&table=staff").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).containsExactly(
                "unit_id,unit,category,as_of,total,women,men,change_total,change_women,change_men",
                RS + ",Regionstyrelsen,Månadsavlönade,2019-08-31,580,375,205,80,,",
                RS + ",Regionstyrelsen,Månadsavlönade,2020-08-31,508,299,209,-72,-76,4",
                RS + ",Regionstyrelsen,Månadsavlönade,2021-08-31,570,336,234,62,37,25",
                RS + ",Regionstyrelsen,Månadsavlönade,2022-08-31,598,354,244,28,18,10",
                DIREKTOR + ",Regiondirektör,Månadsavlönade,2019-08-31,121,87,34,,,",
                DIREKTOR + ",Regiondirektör,Månadsavlönade,2020-08-31,121,82,39,0,-5,5",
                DIREKTOR + ",Regiondirektör,Månadsavlönade,2021-08-31,130,89,41,9,7,2",
                DIREKTOR + ",Regiondirektör,Månadsavlönade,2022-08-31,129,92,37,-1,3,-4",
                STABEN + ",Regionstaben,Månadsavlönade,2019-08-31,459,288,171,,,",
                STABEN + ",Regionstaben,Månadsavlönade,2020-08-31,387,217,170,-72,-71,-1",
                STABEN + ",Regionstaben,Månadsavlönade,2021-08-31,440,247,193,53,30,23",
                STABEN + ",Regionstaben,Månadsavlönade,2022-08-31,469,262,207,29,15,14");
        // Every figure of the seed, cell for cell, in the JSON report too.
        for (Object[] r : SEED) {
            String path = "staff.find { it.orgUnitId == '" + r[0] + "' && it.asOf == '" + r[1] + "' }";
            as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2").then().statusCode(200)
                    .body(path + ".total", equalTo(r[2])).body(path + ".women", equalTo(r[3]))
                    .body(path + ".men", equalTo(r[4]));
        }
        as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2?format=html").then().statusCode(200)
                .body(containsString("<h2>Staff</h2>")).body(containsString("<td class=\"num\">598</td>"))
                .body(containsString("<td>Regiondirektör</td><td>Månadsavlönade</td><td>2022-08-31</td>"));
        // The tertial before ends on 30 April: the August figures of 2022 are not yet there, those of 2018 are.
        as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T1").then().statusCode(200)
                .body("staff.size()", equalTo(10)).body("staff[0].asOf", equalTo("2018-08-31"));

        // Another region's figure for the same unit id stays in its region, and its viewer sees no plan.
        as("nb-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2").then().statusCode(404);
        assertThat(InTenant.call("region-nb", () -> StaffFigure.count())).isEqualTo(1L);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            FollowUpItem item = InTenant.jh(() -> FollowUpItem.<FollowUpItem> find("planId", UUID.fromString(PLAN))
                    .firstResult());
            assertThat(item).isNotNull();
            assertThat(item.kind).isEqualTo("MEETING");
            assertThat(item.date).isEqualTo(LocalDate.of(2022, 9, 29));
            assertThat(item.endDate).isEqualTo(LocalDate.of(2022, 9, 30));
            assertThat(item.topic).isEqualTo("Delårsbokslut augusti 2022");
        });
        assertThat(InTenant.call("region-nb", () -> FollowUpItem.count())).isZero();
    }
}
