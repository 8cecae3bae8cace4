package se.styrkort.budget;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;
import se.styrkort.testsupport.Tokens;

/** Requests and bodies the budget tests share. Amounts in the seeds are in mkr; the API takes SEK. */
public final class BudgetApi {

    private BudgetApi() {
    }

    /** An org unit of the region ("jh" or "nb") as goals-service publishes it, once budget-service knows it. */
    public static UUID unit(String region) {
        return units(region, null, 1).get(0);
    }

    /** Org units below the given parent (or none), published together and awaited until all are known. */
    public static List<UUID> units(String region, UUID parentId, int count) {
        List<UUID> ids = new ArrayList<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(TestEvents.event("styrkort.goals", "org-unit", "region-" + region, id.toString(), 0, "CREATED",
                    "{\"id\":\"" + id + "\",\"name\":\"Enhet " + i + "\",\"kind\":\"UNIT\",\"parentId\":"
                            + (parentId == null ? "null" : "\"" + parentId + "\"")
                            + ",\"code\":null,\"retired\":false}"));
        }
        TestKafka.companion().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            for (UUID id : ids) {
                get(region + "-viewer", "/api/v1/org-units/" + id).then().statusCode(200);
            }
        });
        return ids;
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

    /** A body of the given media type, e.g. a CSV import. */
    public static Response send(String user, String path, String contentType, String body) {
        // UTF-8 unless said otherwise: RestAssured would send text in ISO-8859-1.
        String type = contentType.contains("charset") ? contentType : contentType + "; charset=UTF-8";
        return given().config(decimals()).header("Authorization", Tokens.bearer(user)).contentType(type)
                .body(body).post(path);
    }

    /** Thousand SEK as SEK with two decimals, e.g. "-322423" → -322423000.00. */
    public static BigDecimal tkr(String thousands) {
        return new BigDecimal(thousands).movePointRight(3).setScale(2);
    }

    public static String actual(UUID orgUnitId, int year, int month, String category, Object amount) {
        return "{\"orgUnitId\":\"" + orgUnitId + "\",\"year\":" + year + ",\"month\":" + month
                + ",\"category\":\"" + category + "\",\"amount\":" + amount + "}";
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
