package se.styrkort.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.testsupport.Tokens;

/**
 * 002's table "Intäkter och kostnader" (tkr, January–August 2022) computed from the rows' figures as
 * budget-service publishes them: every line of the report, the sums and differences computed, gives
 * the seed's five columns cell for cell.
 */
@QuarkusTest
class SeedEconomyReportTest {

    /** The seed's table as printed: row; ack utfall; ack budget; bud-utf diff; ack utfall fg år; diff. */
    static final String SEED = """
            Patientavgifter;17097;433;16664;4370;12727
            Försäljning;234096;207617;26479;230552;3544
            Erhållna bidrag;243815;138322;105493;225555;18260
            Övriga intäkter;5435;8233;-2798;3678;1757
            Summa Intäkter;500443;354605;145838;464155;36288
            Personalkostnader;-322423;-356232;33809;-456288;133866
            Köpt riks- och regionvård;-4326;-9161;4835;-8040;3715
            Köp av verksamhet;-653649;-556592;-97058;-614327;-39322
            Verksamhetsanknutna tjänster;-9758;-16398;6640;-10210;452
            Inhyrd personal;-319;0;-319;-232;-87
            Läkemedel;-14361;-20375;6013;-11471;-2891
            Sjukvårdsart, övr mat o varor;-113455;-91283;-22172;-108771;-4684
            Lämnade bidrag;-721;-5837;5116;-3694;2973
            Fastighetskostnader;-79410;-84932;5523;-82842;3432
            Konsultkostnader;-51106;-51185;79;-48033;-3074
            Övriga kostnader;-121782;-128072;6290;-78774;-43008
            Avskrivningar/finansnetto;-54196;-56044;1849;-55581;1386
            Summa Bruttokostnader;-1425507;-1376111;-49396;-1478264;52757
            Summa Verksamhetens nettokostnader;-925064;-1021506;96442;-1014109;89045
            """;

    /**
     * The rows' figures in tkr to the hundred kronor, within the seed's rounding: the seed's own
     * differences and sums are of unrounded amounts (its cost rows add up to −1 425 506, it prints
     * −1 425 507), so whole tkr cannot give them.
     */
    static final String RECORDED = """
            Patientavgifter;17097.0;433.0;4370.0
            Försäljning;234096.0;207617.0;230552.0
            Erhållna bidrag;243815.0;138322.0;225555.0
            Övriga intäkter;5435.0;8233.0;3678.0
            Personalkostnader;-322422.8;-356232.0;-456288.4
            Köpt riks- och regionvård;-4325.8;-9161.0;-8040.4
            Köp av verksamhet;-653649.4;-556591.8;-614327.0
            Verksamhetsanknutna tjänster;-9758.4;-16398.0;-10210.0
            Inhyrd personal;-319.0;0.0;-232.0
            Läkemedel;-14361.4;-20374.8;-11470.8
            Sjukvårdsart, övr mat o varor;-113455.0;-91283.0;-108771.0
            Lämnade bidrag;-721.0;-5836.8;-3694.0
            Fastighetskostnader;-79409.8;-84932.4;-82842.0
            Konsultkostnader;-51106.4;-51185.0;-48032.8
            Övriga kostnader;-121782.0;-128072.0;-78774.0
            Avskrivningar/finansnetto;-54195.6;-56044.2;-55581.2
            """;

    static final List<String> STRUCTURE = List.of("Patientavgifter", "Försäljning", "Erhållna bidrag", "Övriga intäkter",
            "Summa Intäkter=Patientavgifter|Försäljning|Erhållna bidrag|Övriga intäkter", "Personalkostnader",
            "Köpt riks- och regionvård", "Köp av verksamhet", "Verksamhetsanknutna tjänster", "Inhyrd personal",
            "Läkemedel", "Sjukvårdsart, övr mat o varor", "Lämnade bidrag", "Fastighetskostnader", "Konsultkostnader",
            "Övriga kostnader", "Avskrivningar/finansnetto",
            "Summa Bruttokostnader=Personalkostnader|Köpt riks- och regionvård|Köp av verksamhet|Verksamhetsanknutna tjänster"
                    + "|Inhyrd personal|Läkemedel|Sjukvårdsart, övr mat o varor|Lämnade bidrag|Fastighetskostnader"
                    + "|Konsultkostnader|Övriga kostnader|Avskrivningar/finansnetto",
            "Summa Verksamhetens nettokostnader=Summa Intäkter|Summa Bruttokostnader");

    @Test
    void theBoardsRevenueAndCostTableIsTheSeedsCellForCell() {
        String unit = Feed.id();
        String child = Feed.id();
        String plan = Feed.id();
        String structure = Feed.id();
        Feed jh = new Feed("region-jh");
        jh.orgUnit(unit, "Regionstyrelsen", null).orgUnit(child, "Regionstaben", unit)
                .plan(plan, "Regionstyrelsens verksamhetsplan 2022", unit)
                .accountStructure(structure, "Intäkter och kostnader", STRUCTURE);
        for (String line : RECORDED.strip().split("\n")) {
            String[] c = line.strip().split(";");
            jh.accountFigure(Feed.id(), structure, unit, "2022-T2", "ACCUMULATED", c[0], sek(c[1]), sek(c[2]), sek(c[3]));
        }
        // Another period and a month of the unit below: neither is in the board's 2022-T2 table of its own unit.
        jh.accountFigure(Feed.id(), structure, unit, "2022-T1", "ACCUMULATED", "Patientavgifter", "1.00", "2.00", "3.00");
        jh.accountFigure(Feed.id(), structure, child, "2022-03", "MONTH", "Läkemedel", "-1000.00", "-900.00", "null");
        jh.publish();
        // Another region's figures on the same ids never show.
        new Feed("region-nb").accountFigure(Feed.id(), structure, unit, "2022-T2", "ACCUMULATED", "Försäljning",
                "99.00", "99.00", "99.00").publish();

        List<String> expected = SEED.strip().lines().map(l -> "Regionstyrelsen;" + l.strip()).toList();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(rows(plan, "Regionstyrelsen;"))
                .containsExactlyElementsOf(expected));
        assertThat(rows(plan, "Regionstaben;")).hasSize(19).contains("Regionstaben;Patientavgifter;;;;;",
                "Regionstaben;Läkemedel;-1;-1;0;;", "Regionstaben;Summa Verksamhetens nettokostnader;-1;-1;0;;");

        String html = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/reports/" + plan + "/2022-T2?format=html").then().statusCode(200).extract().asString();
        assertThat(html).contains("<strong>Summa Verksamhetens nettokostnader</strong>").contains(
                "<td class=\"num\">-925064</td><td class=\"num\">-1021506</td><td class=\"num\">96442</td>"
                        + "<td class=\"num\">-1014109</td><td class=\"num\">89045</td>");
        String excel = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/reports/" + plan + "/2022-T2?format=csv&table=economy&dialect=excel-sv").then().statusCode(200)
                .extract().asString();
        assertThat(excel).contains(";Köp av verksamhet;false;-653649400,00;-556591800,00;-97057600,00;-614327000,00;");
    }

    /** The report's economy table as CSV, each line as unit;row;five columns in whole tkr. */
    private static List<String> rows(String plan, String unit) {
        String csv = given().header("Authorization", Tokens.bearer("jh-viewer"))
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

    private static String sek(String tkr) {
        return new BigDecimal(tkr).movePointRight(3).setScale(2).toPlainString();
    }
}
