package se.styrkort.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;

/**
 * 002's table "Intäkter och kostnader" (tkr, January–August 2022) computed from the rows' figures as
 * budget-service publishes them: every line of the report, the sums and differences computed, gives
 * the seed's five columns cell for cell.
 */
@QuarkusTest
class SeedEconomyReportTest {

    /**
     * The seed's table as the demo data gives it, a line a row: unit; period; row; the five printed
     * columns (ack utfall; ack budget; bud-utf diff; ack utfall fg år; diff); the rows a sum adds; the
     * figures recorded for a row that is not a sum (outcome, budget, last year, in tkr to the hundred
     * kronor, within the seed's rounding: its own differences and sums are of unrounded amounts).
     */
    static final List<String[]> SEED = seed(Path.of("../deploy/local/demo/data/region-jh/002-intakter-kostnader.csv"));

    @Test
    void theBoardsRevenueAndCostTableIsTheSeedsCellForCell() {
        String unit = Feed.id();
        String child = Feed.id();
        String plan = Feed.id();
        String structure = Feed.id();
        Feed jh = new Feed("region-jh");
        jh.orgUnit(unit, "Regionstyrelsen", null).orgUnit(child, "Regionstaben", unit)
                .plan(plan, "Regionstyrelsens verksamhetsplan 2022", unit)
                .accountStructure(structure, "Intäkter och kostnader",
                        SEED.stream().map(c -> c[8].isEmpty() ? c[2] : c[2] + "=" + c[8]).toList());
        for (String[] c : SEED) {
            if (c[8].isEmpty()) {
                jh.accountFigure(Feed.id(), structure, unit, "2022-T2", "ACCUMULATED", c[2], sek(c[9]), sek(c[10]),
                        sek(c[11]));
            }
        }
        // Another period and a month of the unit below: neither is in the board's 2022-T2 table of its own unit.
        jh.accountFigure(Feed.id(), structure, unit, "2022-T1", "ACCUMULATED", "Patientavgifter", "1.00", "2.00", "3.00");
        jh.accountFigure(Feed.id(), structure, child, "2022-03", "MONTH", "Läkemedel", "-1000.00", "-900.00", "null");
        jh.publish();
        // Another region's figures on the same ids never show.
        new Feed("region-nb").accountFigure(Feed.id(), structure, unit, "2022-T2", "ACCUMULATED", "Försäljning",
                "99.00", "99.00", "99.00").publish();

        List<String> expected = SEED.stream()
                .map(c -> "Regionstyrelsen;" + String.join(";", Arrays.asList(c).subList(2, 8))).toList();
        eventually(() -> assertThat(rows(plan, "Regionstyrelsen;"))
                .containsExactlyElementsOf(expected));
        assertThat(rows(plan, "Regionstaben;")).hasSize(19).contains("Regionstaben;Patientavgifter;;;;;",
                "Regionstaben;Läkemedel;-1;-1;0;;", "Regionstaben;Summa Verksamhetens nettokostnader;-1;-1;0;;");

        String html = as("jh-viewer")
                .get("/api/v1/reports/" + plan + "/2022-T2?format=html").then().statusCode(200).extract().asString();
        assertThat(html).contains("<strong>Summa Verksamhetens nettokostnader</strong>").contains(
                "<td class=\"num\">-925064</td><td class=\"num\">-1021506</td><td class=\"num\">96442</td>"
                        + "<td class=\"num\">-1014109</td><td class=\"num\">89045</td>");
        String excel = as("jh-viewer")
                .get("/api/v1/reports/" + plan + "/2022-T2?format=csv&table=economy&dialect=excel-sv").then().statusCode(200)
                .extract().asString();
        assertThat(excel).contains(";Köp av verksamhet;false;-653649400,00;-556591800,00;-97057600,00;-614327000,00;");
    }

    /** The report's economy table as CSV, each line as unit;row;five columns in whole tkr. */
    private static List<String> rows(String plan, String unit) {
        String csv = as("jh-viewer")
                .get("/api/v1/reports/" + plan + "/2022-T2?format=csv&table=economy").then().statusCode(200).extract()
                .asString();
        List<String> rows = new ArrayList<>();
        csv.lines().skip(1).forEach(line -> {
            List<String> cells = cells(line);
            StringBuilder row = new StringBuilder(cells.get(1) + ";" + cells.get(4));
            for (int i = 6; i <= 10; i++) {
                row.append(';').append(cells.get(i).isEmpty() ? ""
                        : new BigDecimal(cells.get(i)).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
                                .toPlainString());
            }
            if (row.toString().startsWith(unit)) {
                rows.add(row.toString());
            }
        });
        return rows;
    }

    private static List<String> cells(String line) {
        try {
            return org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.RFC4180).getRecords()
                    .get(0).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> seed(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).skip(1).map(l -> l.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sek(String tkr) {
        return new BigDecimal(tkr).movePointRight(3).setScale(2).toPlainString();
    }
}
