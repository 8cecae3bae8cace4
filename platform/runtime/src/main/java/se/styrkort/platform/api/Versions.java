package se.styrkort.platform.api;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import se.styrkort.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version, and a change must name the
 * version it was based on in {@code If-Match}, so two planners cannot overwrite each other.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Fails with 428 without If-Match and with 412 when it names another version (RFC 9110 13.1.1). A clash
     * found later, by the row's own version at commit, is a 409 (platform {@code ProblemMappers}).
     */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "Precondition Required",
                    "Send the ETag you read in If-Match, so that no one else's change is overwritten", List.of());
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return;
        }
        tag = tag.replaceFirst("^W/", "").replace("\"", "");
        if (!tag.equals(Long.toString(current))) {
            throw new ProblemException(412, "Precondition Failed",
                    "The resource is at version " + current + ", not " + tag + "; read it again and retry", List.of());
        }
    }
}
