package se.styrkort.budget.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.budget.BudgetApi.actual;
import static se.styrkort.budget.BudgetApi.post;
import static se.styrkort.budget.BudgetApi.unit;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import se.styrkort.testsupport.Tokens;

/**
 * A CSV export in the excel-sv dialect imports again as it is, and as Swedish Excel saves it back
 * ("CSV (semikolonavgränsad)": Windows-1252, no byte order mark, {@code ;}, decimal comma, CRLF):
 * every amount read as it was written.
 */
@QuarkusTest
class ExcelRoundTripTest {

    private static final String IMPORTS = "/api/v1/actuals/imports";

    private static Response importing(byte[] body, String type) {
        return given().config(RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .header("Authorization", Tokens.bearer("jh-economist")).contentType(type).body(body).post(IMPORTS);
    }

    @Test
    void anExcelSvExportImportsAgainWithEveryAmountIntact() {
        UUID unit = unit("jh");
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 3, "PERSONNEL", "-1234567.50")).then().statusCode(201);
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 3, "EXTERNAL_REVENUE", "0.05")).then().statusCode(201);
        post("jh-economist", "/api/v1/actuals", actual(unit, 2023, 4, "EXTERNAL_REVENUE", "987654.3")).then().statusCode(201);

        byte[] exported = given().header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/actuals?format=csv&dialect=excel-sv&orgUnitId=" + unit).then().statusCode(200).extract()
                .asByteArray();
        assertThat(Arrays.copyOf(exported, 3)).isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        String text = new String(exported, 3, exported.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains(";-1234567,50;", ";0,05;", ";987654,30;").contains("\r\n").doesNotContain(",50,");

        // The export's own bytes: the same amounts, so nothing changes.
        importing(exported, "text/csv").then().statusCode(200).body("rows", equalTo(3)).body("unchanged", equalTo(3));

        // Opened in Swedish Excel, one amount changed, saved as "CSV (semikolonavgränsad)".
        byte[] saved = text.replace(";-1234567,50;", ";-1234567,75;").getBytes(Charset.forName("windows-1252"));
        assertThat(saved[0]).isNotEqualTo((byte) 0xEF);
        importing(saved, "text/csv; charset=windows-1252").then().statusCode(200).body("rows", equalTo(3))
                .body("revised", equalTo(1)).body("unchanged", equalTo(2)).body("rejected", equalTo(0));
        given().config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .header("Authorization", Tokens.bearer("jh-viewer"))
                .get("/api/v1/actuals?orgUnitId=" + unit + "&category=PERSONNEL").then().statusCode(200)
                .body("items[0].amount", equalTo(new BigDecimal("-1234567.75")));
    }
}
