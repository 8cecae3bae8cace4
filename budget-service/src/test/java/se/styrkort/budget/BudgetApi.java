package se.styrkort.budget;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import se.styrkort.testsupport.Tokens;

/** Requests and bodies the budget tests share. Amounts in the seeds are in mkr; the API takes SEK. */
public final class BudgetApi {

    private BudgetApi() {
    }

    /** Million SEK as SEK with two decimals, e.g. "-2895.2" → -2895200000.00. */
    public static BigDecimal mkr(String millions) {
        return new BigDecimal(millions).movePointRight(6).setScale(2);
    }

    public static String line(String category, Object officials, Object electedMembers) {
        return "{\"category\":\"" + category + "\",\"officials\":" + officials + ",\"electedMembers\":" + electedMembers
                + "}";
    }

    public static String frame(UUID orgUnitId, int year, String kind, String... lines) {
        return "{\"orgUnitId\":\"" + orgUnitId + "\",\"year\":" + year + ",\"kind\":\"" + kind + "\",\"lines\":["
                + Arrays.stream(lines).collect(Collectors.joining(",")) + "]}";
    }

    /** A frame of one line of other external costs. */
    public static String costFrame(UUID orgUnitId, int year, String kind, String amount) {
        return frame(orgUnitId, year, kind, line("OTHER_EXTERNAL_COSTS", amount, 0));
    }

    public static String adjustment(Object frameId, int year, String kind, Object amount, String decisionRef) {
        return "{\"frameId\":\"" + frameId + "\",\"effectiveYear\":" + year + ",\"kind\":\"" + kind + "\",\"amount\":"
                + amount + ",\"reason\":\"Extra lönesatsning för sjuksköterskor\""
                + (decisionRef == null ? "" : ",\"decisionRef\":\"" + decisionRef + "\"") + "}";
    }

    public static Response post(String user, String path, String body) {
        return given().config(decimals()).header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body(body).post(path);
    }

    public static Response put(String user, String path, String ifMatch, String body) {
        return given().config(decimals()).header("Authorization", Tokens.bearer(user)).header("If-Match", ifMatch)
                .contentType(ContentType.JSON).body(body).put(path);
    }

    public static Response get(String user, String path) {
        return given().config(decimals()).header("Authorization", Tokens.bearer(user)).get(path);
    }

    /** Reads JSON numbers as BigDecimal, so amounts compare exactly. */
    public static RestAssuredConfig decimals() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
