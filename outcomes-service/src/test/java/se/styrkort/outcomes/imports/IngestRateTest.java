package se.styrkort.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.outcomes.domain.MeasurementIngest;
import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.testsupport.Tokens;

/**
 * A timing harness, not a check: run on demand ({@code -Dstyrkort.ingest-rate=true}), it prints the
 * values per second of an import as CSV and as JSON (stored, revisions, events, statuses), of the
 * measurement writer alone (no statuses), and of a bare COPY of the same rows into a table of the
 * measurement's shape, all into the same database in the same run, with each rate's ratio to COPY.
 */
@QuarkusTest
@TestProfile(BulkImportProfile.class)
@EnabledIfSystemProperty(named = "styrkort.ingest-rate", matches = "true")
class IngestRateTest {

    private static final Logger LOG = Logger.getLogger(IngestRateTest.class);

    static final int INDICATORS = 4;
    static final int UNITS = 10;
    static final int MONTHS = 250;
    static final int ROWS = INDICATORS * UNITS * MONTHS;

    @Inject
    DataSource dataSource;

    @Inject
    MeasurementIngest ingest;

    @Test
    void ratesAgainstCopy() throws Exception {
        double copy = copy();
        double csv = imported("text/csv", csv(indicators(), units()));
        double json = imported("application/json", json(indicators(), units()));
        double writer = writer(indicators(), units());
        LOG.infof("COPY %.0f values/s; CSV import %.0f values/s (%.3f of COPY); JSON import %.0f values/s (%.3f);"
                + " measurement writer alone %.0f values/s (%.3f); %d rows each", copy, csv, csv / copy, json,
                json / copy, writer, writer / copy, ROWS);
    }

    private static List<UUID> indicators() {
        return IntStream.range(0, INDICATORS).mapToObj(i -> GoalsFixture.indicator()).toList();
    }

    private static List<UUID> units() {
        return IntStream.range(0, UNITS).mapToObj(i -> GoalsFixture.unit()).toList();
    }

    private static double imported(String contentType, String body) {
        long start = System.nanoTime();
        given().header("Authorization", Tokens.bearer("jh-feed")).contentType(contentType).body(body)
                .post("/api/v1/imports").then().statusCode(200).body("accepted", equalTo(ROWS));
        return ROWS / ((System.nanoTime() - start) / 1e9);
    }

    private static String month(int m) {
        return (2010 + m / 12) + "-" + String.format("%02d", m % 12 + 1);
    }

    private static String csv(List<UUID> indicators, List<UUID> units) {
        StringBuilder csv = new StringBuilder("indicatorId;orgUnitId;period;valueKind;total\n");
        for (UUID indicator : indicators) {
            for (UUID unit : units) {
                for (int m = 0; m < MONTHS; m++) {
                    csv.append(indicator).append(';').append(unit).append(';').append(month(m)).append(";PERIOD;")
                            .append(m).append(",5\n");
                }
            }
        }
        return csv.toString();
    }

    private static String json(List<UUID> indicators, List<UUID> units) {
        StringBuilder json = new StringBuilder("[");
        for (UUID indicator : indicators) {
            for (UUID unit : units) {
                for (int m = 0; m < MONTHS; m++) {
                    json.append(json.length() > 1 ? "," : "").append("{\"indicatorId\":\"").append(indicator)
                            .append("\",\"orgUnitId\":\"").append(unit).append("\",\"period\":\"")
                            .append(month(m)).append("\",\"valueKind\":\"PERIOD\",\"total\":")
                            .append(m).append(".5}");
                }
            }
        }
        return json.append(']').toString();
    }

    /** The measurement writer alone, in transactions of the import's batch size, without statuses. */
    private double writer(List<UUID> indicators, List<UUID> units) {
        List<MeasurementInput> all = new ArrayList<>(ROWS);
        for (UUID indicator : indicators) {
            for (UUID unit : units) {
                for (int m = 0; m < MONTHS; m++) {
                    all.add(new MeasurementInput(indicator, unit, month(m), ValueKind.PERIOD,
                            new BigDecimal(m + ".5"), null, null, null, null, null, null));
                }
            }
        }
        long start = System.nanoTime();
        for (int from = 0; from < all.size(); from += 500) {
            List<MeasurementInput> batch = all.subList(from, Math.min(all.size(), from + 500));
            TenantContext.call("region-jh", () -> QuarkusTransaction.requiringNew().call(() -> ingest.recordAll(batch)));
        }
        return ROWS / ((System.nanoTime() - start) / 1e9);
    }

    /** COPY of as many rows into a table shaped as the measurement table, its indexes and constraints with it. */
    private double copy() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            lines.append(UUID.randomUUID()).append(",region-jh,").append(UUID.randomUUID()).append(',')
                    .append(UUID.randomUUID()).append(",2022-01,PERIOD,").append(i).append(".5,,,,,,0,")
                    .append("2026-01-01T00:00:00Z,bench,2026-01-01T00:00:00Z,bench\n");
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop table if exists copy_baseline");
            st.execute("create table copy_baseline (like measurement including all)");
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copy_baseline (id, tenant, indicator_id, "
                    + "org_unit_id, period, value_kind, total, women, men, activity_state, source_system, "
                    + "external_row_id, version, created_at, created_by, updated_at, updated_by) from stdin (format csv)",
                    new StringReader(lines.toString()));
            double rate = ROWS / ((System.nanoTime() - start) / 1e9);
            st.execute("drop table copy_baseline");
            return rate;
        }
    }
}
