package se.styrkort.goals.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import se.styrkort.testsupport.Tokens;

/**
 * Hostile and sloppy input is refused by the platform's rules, each as problem+json naming the
 * field, and nothing is written: duplicate keys, trailing garbage, numbers for dates and booleans,
 * numbers no store holds, control characters, unknown query values, missing media types, bodies,
 * URIs and headers over their limits.
 */
@QuarkusTest
class StrictInputTest {

    private static ValidatableResponse send(String contentType, String path, String body) {
        var request = given().header("Authorization", Tokens.bearer("jh-admin"));
        if (contentType != null) {
            request.contentType(contentType);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).post(path).then();
    }

    private static ValidatableResponse postJson(String path, String body) {
        return send("application/json", path, body);
    }

    private static void refused(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private static int units() {
        return given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/org-units?size=1")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsWritten() throws Exception {
        int before = units();
        refused(postJson("/api/v1/org-units", "{\"name\":\"A\",\"kind\":\"UNIT\",\"name\":\"B\"}"), 400, "name");
        refused(postJson("/api/v1/org-units", "{\"name\":\"A\",\"kind\":\"UNIT\"} {\"x\":1}"), 400, "body");
        refused(postJson("/api/v1/org-units", "{\"name\":\"A\\u0000B\",\"kind\":\"UNIT\"}"), 400, "name");
        refused(postJson("/api/v1/org-units", "{\"name\":\"A\\u0007B\",\"kind\":\"UNIT\"}"), 400, "name");
        HttpResponse<String> untyped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/org-units"))
                .header("Authorization", Tokens.bearer("jh-admin"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"No media type\",\"kind\":\"UNIT\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(untyped.statusCode()).isEqualTo(415);
        assertThat(untyped.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(untyped.body()).contains("\"field\":\"Content-Type\"");
        refused(send("text/plain", "/api/v1/org-units", "{\"name\":\"Plain\",\"kind\":\"UNIT\"}"), 415, "Content-Type");
        assertThat(units()).isEqualTo(before);
        // Multi-line text keeps its line breaks and tabs.
        postJson("/api/v1/org-units", "{\"name\":\"Rad ett\\nRad\\ttvå\",\"kind\":\"UNIT\"}").statusCode(201);
    }

    @Test
    void numbersDatesAndBooleansAreReadStrictly() {
        String indicator = "{\"goalId\":\"" + UUID.randomUUID() + "\",\"name\":\"I\",\"direction\":\"HIGHER_IS_BETTER\",";
        refused(postJson("/api/v1/indicators", indicator + "\"tolerance\":1e400}"), 400, "tolerance");
        refused(postJson("/api/v1/indicators", indicator + "\"tolerance\":12345678901234567}"), 400, "tolerance");
        refused(postJson("/api/v1/indicators", indicator + "\"tolerance\":1" + "0".repeat(900) + "}"), 400, "tolerance");
        postJson("/api/v1/indicators", indicator + "\"tolerance\":1" + "0".repeat(100_000) + "}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].message", containsString("longer than 1000"));
        refused(postJson("/api/v1/indicators", indicator + "\"genderSplit\":2}"), 400, "genderSplit");
        refused(postJson("/api/v1/indicators", indicator + "\"genderSplit\":\"true\"}"), 400, "genderSplit");
        refused(postJson("/api/v1/indicators",
                indicator + "\"targets\":[{\"year\":2024,\"kind\":\"AT_LEAST\",\"value\":1e400}]}"),
                400, "targets[0].value");
        refused(postJson("/api/v1/plans/" + UUID.randomUUID() + "/adopt", "{\"adoptedDate\":20390101}"), 400, "adoptedDate");
    }

    @Test
    void queryValuesAreReadStrictly() {
        var viewer = given().header("Authorization", Tokens.bearer("jh-viewer"));
        refused(viewer.get("/api/v1/org-units?retired=maybe").then(), 400, "retired");
        refused(given().header("Authorization", Tokens.bearer("jh-viewer")).urlEncodingEnabled(false)
                .get("/api/v1/org-units?q=a%00b").then(), 400, "q");
        refused(given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/org-units?size=ten").then(), 400,
                "size");
        refused(given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/org-units?parentId=nope").then(),
                400, "parentId");
    }

    @Test
    void bodiesUrisAndHeadersOverTheirLimitsAreProblems() throws Exception {
        int before = units();
        String big = "{\"name\":\"" + "x".repeat(1_200_000) + "\",\"kind\":\"UNIT\"}";
        postJson("/api/v1/org-units", big).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("styrkort.http.max-body-size"));
        // Chunked, without Content-Length: counted as it is read.
        given().header("Authorization", Tokens.bearer("jh-admin")).contentType("application/json")
                .body(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))).post("/api/v1/org-units")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("styrkort.http.max-body-size"));
        assertThat(units()).isEqualTo(before);

        given().header("Authorization", Tokens.bearer("jh-viewer")).get("/api/v1/org-units?q=" + "a".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("detail", containsString("styrkort.http.max-uri-length"));
        given().header("Authorization", Tokens.bearer("jh-viewer")).header("X-Padding", "p".repeat(30_000))
                .get("/api/v1/org-units").then().statusCode(431).contentType("application/problem+json")
                .body("detail", containsString("styrkort.http.max-header-size"));

        // A body announced larger than the service ever reads is refused before it is sent.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/org-units HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + Tokens.bearer("jh-admin") + "\r\nContent-Length: 50000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("quarkus.http.limits.max-body-size");
        }
    }
}
