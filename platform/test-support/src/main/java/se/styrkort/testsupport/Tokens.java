package se.styrkort.testsupport;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens for the demo users of DESIGN.md, signed with the key of Quarkus' OIDC test server
 * that the services verify against: {@code jh-viewer} is a viewer of {@code region-jh},
 * {@code nb-admin} an admin of {@code region-nb}, and so on.
 */
public final class Tokens {

    /** The issuer the Quarkus OIDC test server announces in its discovery document. */
    static final String ISSUER = "https://server.example.com";

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

    private static String forClaims(String user, String org, Set<String> roles, long lifetimeSeconds) {
        var claims = Jwt.preferredUserName(user).subject(user).groups(roles).issuer(ISSUER)
                .audience("https://service.example.com").expiresIn(lifetimeSeconds);
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
