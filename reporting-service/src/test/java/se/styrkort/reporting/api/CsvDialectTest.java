package se.styrkort.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;

/** A roll-up's CSV, byte for byte, in both dialects: for programs and for a double-click in Swedish Excel. */
@QuarkusTest
class CsvDialectTest {

    static final String UNIT = Feed.id();
    static final String PLAN = Feed.id();
    static final String NAME = "Verksamhetsplan för Område Öst; 2022";

    static boolean fed;

    @BeforeEach
    void feed() {
        if (fed) {
            return;
        }
        fed = true;
        String g1 = Feed.id();
        String g2 = Feed.id();
        String g3 = Feed.id();
        Feed jh = new Feed("region-jh");
        jh.orgUnit(UNIT, "Område Öst", null).plan(PLAN, NAME, UNIT).strategy(Feed.id(), PLAN, "Vård", 1)
                .goal(g1, 0, PLAN, UNIT, null, "Kortare väntetider").goal(g2, 0, PLAN, UNIT, null, "Fler besök")
                .goal(g3, 0, PLAN, UNIT, null, "Lägre sjukfrånvaro")
                .goalStatus(g1, 0, PLAN, UNIT, "2022-T2", "GREEN", null)
                .goalStatus(g2, 0, PLAN, UNIT, "2022-T2", "GREEN", null)
                .goalStatus(g3, 0, PLAN, UNIT, "2022-T2", "RED", null);
        jh.publish();
        eventually(() -> as("jh-viewer")
                .get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=plan").then().statusCode(200)
                .body("items[0].counts.green", equalTo(2)).body("items[0].counts.red", equalTo(1)));
    }

    private static byte[] rollupCsv(String dialect) {
        return as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=plan&format=csv" + dialect)
                .then().statusCode(200).contentType("text/csv;charset=UTF-8").header("X-Total-Count", "1")
                .extract().asByteArray();
    }

    private static final String HEADER = "plan_id,period,level,key_id,key_name,green,yellow,red,not_measurable,total,"
            + "green_share,yellow_share,red_share,not_measurable_share,green_percent,yellow_percent,red_percent,"
            + "not_measurable_percent,overall_status,previous_period,previous_overall_status,moved_up,moved_down";

    @Test
    void rfc4180IsTheDefault() {
        // A semicolon needs no quotes between commas.
        String expected = HEADER + "\r\n" + PLAN + ",2022-T2,plan," + PLAN + "," + NAME + ",2,0,1,0,3,"
                + "66.7,0.0,33.3,0.0,67,0,33,0,GREEN,2022-T1,NOT_MEASURABLE,0,0\r\n";
        for (String dialect : new String[] { "", "&dialect=rfc4180" }) {
            byte[] body = rollupCsv(dialect);
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(body).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void excelSvHasAByteOrderMarkSemicolonsAndDecimalCommas() {
        String expected = HEADER.replace(',', ';') + "\r\n" + PLAN + ";2022-T2;plan;" + PLAN + ";\"" + NAME + "\";2;0;1;0;3;"
                + "66,7;0,0;33,3;0,0;67;0;33;0;GREEN;2022-T1;NOT_MEASURABLE;0;0\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        bytes.writeBytes(expected.getBytes(StandardCharsets.UTF_8));
        byte[] body = rollupCsv("&dialect=excel-sv");
        assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(body).isEqualTo(bytes.toByteArray());
    }

    @Test
    void eachDialectIsARepresentationWithATagOfItsOwn() {
        String url = "/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&level=plan&format=csv";
        String rfc = as("jh-viewer").get(url).then().statusCode(200).extract().header("ETag");
        as("jh-viewer").header("If-None-Match", rfc).get(url + "&dialect=excel-sv").then().statusCode(200)
                .header("ETag", not(equalTo(rfc)));
    }

    @Test
    void anUnknownDialectIsABadField() {
        as("jh-viewer").get("/api/v1/rollups?planId=" + PLAN + "&period=2022-T2&format=csv&dialect=excel").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", contains("dialect"));
        as("jh-viewer").get("/api/v1/economy?period=2022-T2&format=csv&dialect=semikolon").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", contains("dialect"));
    }
}
