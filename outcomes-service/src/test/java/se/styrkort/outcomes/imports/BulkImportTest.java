package se.styrkort.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.Tokens;

/**
 * An import of many batches at the production batch size: every row written once with its event,
 * revision and status, a repeat changing nothing, a changed file revising only what changed. The
 * rate is logged for a quick look; speed is measured by the benchmarks, not asserted here.
 */
@QuarkusTest
@TestProfile(BulkImportProfile.class)
class BulkImportTest {

    private static final Logger LOG = Logger.getLogger(BulkImportTest.class);

    static final int INDICATORS = 4;
    static final int UNITS = 5;
    static final int MONTHS = 250;

    static String csv(List<UUID> indicators, List<UUID> units, int changedEvery) {
        StringBuilder csv = new StringBuilder("indicatorId;orgUnitId;period;valueKind;total\n");
        int row = 0;
        for (UUID indicator : indicators) {
            for (UUID unit : units) {
                for (int m = 0; m < MONTHS; m++) {
                    String period = (2010 + m / 12) + "-" + String.format("%02d", m % 12 + 1);
                    int value = changedEvery > 0 && row % changedEvery == 0 ? row + 1 : row;
                    csv.append(indicator).append(';').append(unit).append(';').append(period)
                            .append(";PERIOD;").append(value).append(",5\n");
                    row++;
                }
            }
        }
        return csv.toString();
    }

    @Test
    void manyBatchesAreWrittenOnceAndARepeatChangesNothing() {
        List<UUID> indicators = IntStream.range(0, INDICATORS).mapToObj(i -> GoalsFixture.indicator()).toList();
        List<UUID> units = IntStream.range(0, UNITS).mapToObj(i -> GoalsFixture.unit()).toList();
        int rows = INDICATORS * UNITS * MONTHS;

        String first = csv(indicators, units, 0);
        long start = System.nanoTime();
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType("text/csv").body(first)
                .post("/api/v1/imports").then().statusCode(200)
                .body("accepted", equalTo(rows)).body("rejected", equalTo(0));
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.infof("Imported %d new rows in %.1f s: %.0f rows/s", rows, seconds, rows / seconds);

        start = System.nanoTime();
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType("text/csv").body(first)
                .post("/api/v1/imports").then().statusCode(200)
                .body("unchanged", equalTo(rows)).body("accepted", equalTo(0)).body("revised", equalTo(0));
        seconds = (System.nanoTime() - start) / 1e9;
        LOG.infof("Re-imported %d unchanged rows in %.1f s: %.0f rows/s", rows, seconds, rows / seconds);

        given().header("Authorization", Tokens.bearer("jh-feed")).contentType("text/csv")
                .body(csv(indicators, units, 100)).post("/api/v1/imports").then().statusCode(200)
                .body("revised", equalTo(rows / 100)).body("unchanged", equalTo(rows - rows / 100));

        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicators.get(0))
                .queryParam("orgUnitId", units.get(0)).queryParam("period", "2010-01").get("/api/v1/statuses")
                .then().statusCode(200).body("items[0].reason", equalTo("NO_TARGET"))
                .body("items[0].total", equalTo(1.5f));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicators.get(0))
                .queryParam("size", 1).get("/api/v1/statuses").then().statusCode(200)
                // One per unit and month with an outcome, none for the periods without one.
                .body("total", equalTo(UNITS * MONTHS));
    }
}
