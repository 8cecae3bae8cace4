package se.styrkort.goals.api;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.styrkort.testsupport.Tokens;

/** Short calls to the API as a demo user, for tests that build whole plans. */
final class Api {

    private Api() {
    }

    static Response post(String user, String path, Map<String, ?> body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .post(path);
    }

    static Response put(String user, String path, long version, Map<String, ?> body) {
        return given().header("Authorization", Tokens.bearer(user)).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body(body).put(path);
    }

    /** A command without a body, such as retiring a unit; version null sends no If-Match. */
    static Response command(String user, String path, Long version) {
        var request = given().header("Authorization", Tokens.bearer(user));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return request.post(path);
    }

    static Response get(String user, String path) {
        return given().header("Authorization", Tokens.bearer(user)).get(path);
    }

    /** Creates and answers the new id; fails the test unless it is a 201. */
    static String create(String user, String path, Map<String, ?> body) {
        return post(user, path, body).then().statusCode(201).extract().path("id");
    }

    /** A JSON object from alternating names and values; null values are left out. */
    static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return map;
    }

    static String unit(String user, String name, String kind, String parentId, String code) {
        return create(user, "/api/v1/org-units", json("name", name, "kind", kind, "parentId", parentId, "code", code));
    }

    static String plan(String user, String name, int fromYear, int toYear, String ownerUnitId) {
        return create(user, "/api/v1/plans",
                json("name", name, "fromYear", fromYear, "toYear", toYear, "ownerUnitId", ownerUnitId));
    }
}
