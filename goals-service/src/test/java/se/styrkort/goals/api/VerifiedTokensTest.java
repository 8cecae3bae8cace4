package se.styrkort.goals.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.styrkort.platform.security.VerifiedTokens;
import se.styrkort.testsupport.Tokens;

/**
 * A token verified once is kept, and its later requests skip the verification
 * (platform/security/VerifiedTokens): a kept token still expires, a changed token is verified anew,
 * and the tenant and roles are the token's own on every request.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Inject
    MeterRegistry registry;

    /** Requests answered with a kept identity so far, without a verification. */
    private double keptAnswers() {
        return registry.get("styrkort.verified.tokens.kept").counter().count();
    }

    private static String createPlan(String token, String name) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"fromYear\":2023,\"toYear\":2025}")
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void aKeptTokenAnswersAsTheTokenItselfForItsOwnTenantAndRoles() {
        String jhPlanner = Tokens.of("jh-planner");
        String nbViewer = Tokens.of("nb-viewer");
        String id = createPlan(jhPlanner, "Kept token plan");
        assertTrue(verified.keeps(jhPlanner));
        double before = keptAnswers();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + jhPlanner).get("/api/v1/plans/" + id)
                    .then().statusCode(200).body("name", equalTo("Kept token plan"));
            // The other region's kept token still reaches nothing of region-jh's.
            given().header("Authorization", "Bearer " + nbViewer).get("/api/v1/plans/" + id).then().statusCode(404);
            given().header("Authorization", "Bearer " + nbViewer).get("/api/v1/plans")
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        assertTrue(verified.keeps(nbViewer));
        // Of the nine requests, all but nb-viewer's first were answered without a verification.
        assertEquals(8, keptAnswers() - before);
        // A viewer's kept token is still only a viewer's.
        String jhViewer = Tokens.of("jh-viewer");
        given().header("Authorization", "Bearer " + jhViewer).get("/api/v1/plans/" + id).then().statusCode(200);
        given().header("Authorization", "Bearer " + jhViewer).contentType(ContentType.JSON)
                .body("{\"name\":\"Not allowed\",\"fromYear\":2023,\"toYear\":2025}")
                .post("/api/v1/plans").then().statusCode(403);
    }

    @Test
    void aChangedTokenIsVerifiedAgainAndRefused() {
        String token = Tokens.of("jh-admin");
        given().header("Authorization", "Bearer " + token).get("/api/v1/plans").then().statusCode(200);
        assertTrue(verified.keeps(token));
        // Another claim set under the kept token's signature, and the kept token with a changed signature.
        String[] parts = token.split("\\.");
        String otherClaims = Tokens.of("nb-admin").split("\\.")[1];
        String forged = parts[0] + "." + otherClaims + "." + parts[2];
        // The signature's last character may carry unused bits; the one before it always counts.
        char counted = parts[2].charAt(parts[2].length() - 2);
        String resigned = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (counted == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        for (String bad : new String[] { forged, resigned }) {
            given().header("Authorization", "Bearer " + bad).get("/api/v1/plans")
                    .then().statusCode(401).contentType("application/problem+json");
            assertFalse(verified.keeps(bad));
        }
    }

    @Test
    void aKeptTokenExpiresWithTheToken() throws InterruptedException {
        String token = Tokens.expiringIn("jh-viewer", 3);
        given().header("Authorization", "Bearer " + token).get("/api/v1/plans").then().statusCode(200);
        assertTrue(verified.keeps(token));
        given().header("Authorization", "Bearer " + token).get("/api/v1/plans").then().statusCode(200);
        Thread.sleep(4_000);
        assertFalse(verified.keeps(token));
        given().header("Authorization", "Bearer " + token).get("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
