package se.styrkort.outcomes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.outcomes.GoalsFixture;

/**
 * Imports byte for byte as the spreadsheets write them: Swedish Excel's "CSV (semikolonavgränsad)"
 * (Windows-1252, {@code ;}, decimal comma, a formatted number's non-breaking space, CRLF, no byte
 * order mark) and LibreOffice Calc's "Text CSV" with UTF-8, {@code ,} and every text cell quoted (LF):
 * values, å, ä and ö intact.
 */
@QuarkusTest
class SpreadsheetCsvTest {

    @Test
    void aFileAsSwedishExcelSavesIt() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String text = "indicatorId;orgUnitId;period;valueKind;total;women;men;sourceSystem;externalRowId\r\n"
                + indicator + ";" + unit
                + ";2022-T2;ACCUMULATED;4,5;5,25;3,75;Lönesystemet Härjedalen;sjukfrånvaro-Östersund\r\n"
                + indicator + ";" + unit + ";2022-T3;ACCUMULATED;1\u00A0234,5;;;Lönesystemet Härjedalen;årsarbetare-Åre\r\n";
        byte[] file = text.getBytes(Charset.forName("windows-1252"));
        // What Excel writes: ö as one byte F6, the non-breaking space A0, lines ending CR LF.
        assertThat(HexFormat.of().formatHex(file)).contains("4cf66e6573797374656d6574").contains("31a03233342c35")
                .endsWith("0d0a");

        ImportResourceTest.as("jh-feed").contentType("text/csv; charset=windows-1252").body(file).post("/api/v1/imports")
                .then().statusCode(200).body("results.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED")));
        ImportResourceTest.as("jh-viewer").queryParam("indicatorId", indicator).queryParam("period", "2022-T2")
                .get("/api/v1/measurements").then().statusCode(200)
                .body("items[0].total", equalTo(new BigDecimal("4.5"))).body("items[0].women", equalTo(new BigDecimal("5.25")))
                .body("items[0].men", equalTo(new BigDecimal("3.75")))
                .body("items[0].sourceSystem", equalTo("Lönesystemet Härjedalen"))
                .body("items[0].externalRowId", equalTo("sjukfrånvaro-Östersund"));
        ImportResourceTest.as("jh-viewer").queryParam("indicatorId", indicator).queryParam("period", "2022-T3")
                .get("/api/v1/measurements").then().statusCode(200)
                .body("items[0].total", equalTo(new BigDecimal("1234.5")))
                .body("items[0].externalRowId", equalTo("årsarbetare-Åre"));
    }

    @Test
    void aFileAsLibreOfficeWritesIt() {
        UUID indicator = GoalsFixture.indicator();
        UUID unit = GoalsFixture.unit();
        String text = "\"indicatorId\",\"orgUnitId\",\"period\",\"valueKind\",\"total\",\"sourceSystem\",\"externalRowId\"\n"
                + "\"" + indicator + "\",\"" + unit
                + "\",\"2022-T2\",\"PERIOD\",\"87,5\",\"Växjö \"\"Ö\"\" system\",\"rad-ä\"\n"
                + "\"" + indicator + "\",\"" + unit + "\",\"2022-T3\",\"PERIOD\",-0,25,\"Växjö \"\"Ö\"\" system\",\"rad-å\"\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        assertThat(HexFormat.of().formatHex(file)).contains("c3a4").doesNotStartWith("efbbbf");

        // The second row's unquoted -0,25 is two cells: a row of too many fields, rejected alone.
        ImportResourceTest.as("jh-feed").contentType("text/csv; charset=UTF-8").body(file).post("/api/v1/imports").then()
                .statusCode(200).body("results.outcome", equalTo(List.of("ACCEPTED", "REJECTED")));
        ImportResourceTest.measurementsOf("jh-viewer", indicator).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].total", equalTo(new BigDecimal("87.5")))
                .body("items[0].sourceSystem", equalTo("Växjö \"Ö\" system"))
                .body("items[0].externalRowId", equalTo("rad-ä"));
    }
}
