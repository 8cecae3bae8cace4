package se.styrkort.platform.security;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.Tokens;

/**
 * Only tokens issued for Styrkort open the API: a token the same issuer signed for another
 * application, or for none, is refused as unauthenticated.
 */
@QuarkusTest
class TokenAudienceTest {

    @Test
    void aTokenForStyrkortIsAccepted() {
        given().header("Authorization", "Bearer " + Tokens.forAudience("jh-planner", Tokens.AUDIENCE))
                .post("/test/plans/aud-" + UUID.randomUUID() + "?version=0").then().statusCode(202);
    }

    @Test
    void aTokenForAnotherAudienceGets401() {
        given().header("Authorization", "Bearer " + Tokens.forAudience("jh-planner", "https://intranet.example.org"))
                .post("/test/plans/aud-" + UUID.randomUUID() + "?version=0").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAnAudienceGets401() {
        given().header("Authorization", "Bearer " + Tokens.forAudience("jh-planner", null))
                .post("/test/plans/aud-" + UUID.randomUUID() + "?version=0").then().statusCode(401);
    }
}
