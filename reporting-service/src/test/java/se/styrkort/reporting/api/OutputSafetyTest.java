package se.styrkort.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import se.styrkort.reporting.Feed;
import se.styrkort.testsupport.Tokens;

/**
 * What reporting-service sends out is safe to open: CSV text a spreadsheet would run as a formula
 * is neutralised while numbers stay numbers, and the printable report carries the headers that keep
 * a browser from running, framing or sniffing it.
 */
@QuarkusTest
class OutputSafetyTest {

    static final String UNIT = Feed.id();
    static final String PLAN = Feed.id();
    static final String STRATEGY = Feed.id();
    static final String OVERALL_GOAL = Feed.id();
    static final String GOAL = Feed.id();

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user));
    }

    @Test
    void csvTextIsNeutralisedNumbersStayAndTheHtmlReportIsFenced() {
        Feed jh = new Feed("region-jh");
        jh.orgUnit(UNIT, "-Enheten", null).plan(PLAN, "Plan", UNIT).strategy(STRATEGY, PLAN, "=HYPERLINK(1)", 1)
                .overallGoal(OVERALL_GOAL, STRATEGY, null, "+Vård i tid").goal(GOAL, 0, PLAN, UNIT, OVERALL_GOAL, "@SUM(1+1)")
                .goalStatus(GOAL, 0, PLAN, UNIT, "2022-T2", "GREEN", null)
                .frame(Feed.id(), 0, UNIT, "-1200000.00", "-60000.00", "-1140000.00")
                .actual(Feed.id(), UNIT, 8, "PERSONNEL", "-110000.00");
        jh.publish();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("jh-viewer")
                .get("/api/v1/rollups/goals?planId=" + PLAN + "&period=2022-T2").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("@SUM(1+1)")));

        String goals = as("jh-viewer").get("/api/v1/rollups/goals?planId=" + PLAN + "&period=2022-T2&format=csv").then()
                .statusCode(200).extract().asString();
        assertThat(goals).contains(",'@SUM(1+1),").contains(",'=HYPERLINK(1),").contains(",'+Vård i tid,")
                .contains(",'-Enheten,")
                .doesNotContain(",@SUM").doesNotContain(",=HYPERLINK");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(as("jh-viewer")
                .get("/api/v1/reports/" + PLAN + "/2022-T2?format=csv&table=budget").then().statusCode(200)
                .extract().asString()).contains(",-1200000.00,"));
        assertThat(as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2?format=csv&table=budget").then()
                .extract().asString()).doesNotContain("'-1").contains(",'-Enheten,");

        as("jh-viewer").get("/api/v1/reports/" + PLAN + "/2022-T2?format=html").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
