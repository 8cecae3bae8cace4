package se.styrkort.reporting.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF protection of the web app's forms by double submit: a random token in the {@code csrf-token}
 * cookie (HttpOnly, SameSite=Strict) and in a hidden field of every form; a POST whose field does not
 * equal its cookie is refused before anything is read or written. Scoped to the forms on purpose:
 * quarkus-rest-csrf checks every unsafe request of the service, the bearer API's
 * {@code POST /api/v1/admin/rebuild} too (400 without a form body), and has no way to leave it out
 * at this Quarkus version. The API carries bearer tokens, no cookie, so it needs no such token.
 */
@ApplicationScoped
public class Csrf {

    public static final String NAME = "csrf-token";
    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @ConfigProperty(name = "styrkort.web.secure-cookies", defaultValue = "true")
    boolean secure;

    /** The request's token if it has a well-formed one, else a new one (then {@link #cookie} must be sent). */
    public String token(String fromCookie) {
        if (wellFormed(fromCookie)) {
            return fromCookie;
        }
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie to set when the token is new. */
    public NewCookie cookie(String token, String fromCookie) {
        if (token.equals(fromCookie)) {
            return null;
        }
        return new NewCookie.Builder(NAME).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Refuses (403) a form whose token is missing or is not its cookie's. */
    public void check(String fromCookie, String fromForm) {
        if (!wellFormed(fromCookie) || fromForm == null || !MessageDigest.isEqual(
                fromCookie.getBytes(StandardCharsets.US_ASCII), fromForm.getBytes(StandardCharsets.US_ASCII))) {
            throw new FormRejected();
        }
    }

    private static boolean wellFormed(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(token).length == BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A form without the token of its cookie: the 403 page. */
    public static class FormRejected extends RuntimeException {

        FormRejected() {
            super("CSRF token missing or wrong", null, false, false);
        }
    }
}
