package se.styrkort.testsupport;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for the demo users, for the audience {@value #AUDIENCE}, signed with the key of Quarkus' OIDC test server
 * that the services verify against: {@code jh-viewer} is a viewer of {@code region-jh},
 * {@code nb-admin} an admin of {@code region-nb}, and so on.
 */
public final class Tokens {

    /** The issuer the Quarkus OIDC test server announces in its discovery document. */
    static final String ISSUER = "https://server.example.com";

    /**
     * The audience the services accept ({@code quarkus.oidc.token.audience}), the one the Keycloak
     * realm and the dev issuer put in the demo users' tokens.
     */
    public static final String AUDIENCE = "styrkort";

    private Tokens() {
    }

    /** A token for a demo user named {@code <jh|nb>-<role>}. */
    public static String of(String user) {
        return forClaims(user, org(user), Set.of(role(user)));
    }

    /** A token of a demo user that expires in the given number of seconds. */
    public static String expiringIn(String user, long seconds) {
        return forClaims(user, org(user), Set.of(role(user)), seconds);
    }

    /** A token with the given tenant ({@code org}, null for none) and roles. */
    public static String forClaims(String user, String org, Set<String> roles) {
        // Tokens live the five minutes smallrye-jwt gives them by default.
        return forClaims(user, org, roles, 300);
    }

    /**
     * A demo user's token issued for another audience ({@code aud}), as the same issuer issues
     * tokens for its other applications; null for a token without any audience.
     */
    public static String forAudience(String user, String audience) {
        return token(user, org(user), Set.of(role(user)), 300, audience);
    }

    private static String forClaims(String user, String org, Set<String> roles, long lifetimeSeconds) {
        return token(user, org, roles, lifetimeSeconds, AUDIENCE);
    }

    private static String token(String user, String org, Set<String> roles, long lifetimeSeconds, String audience) {
        var claims = Jwt.preferredUserName(user).subject(user).groups(roles).issuer(ISSUER).expiresIn(lifetimeSeconds);
        if (audience != null) {
            claims.audience(audience);
        }
        if (org != null) {
            claims.claim("org", org);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    private static String org(String user) {
        return switch (user.split("-", 2)[0]) {
            case "jh" -> "region-jh";
            case "nb" -> "region-nb";
            default -> throw new IllegalArgumentException("Demo users are jh-<role> or nb-<role>, not " + user);
        };
    }

    private static String role(String user) {
        return user.split("-", 2)[1];
    }

    /** The value of an Authorization header for a demo user. */
    public static String bearer(String user) {
        return "Bearer " + of(user);
    }
}
