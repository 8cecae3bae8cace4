package se.styrkort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The services' HTTP API as a client sees it: bearer tokens from the dev issuer, JSON in and out. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body, HttpResponse<String> raw) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + abbreviate(body), e);
            }
        }

        Response expectOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + abbreviate(body));
            }
            return this;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Http(String issuer) {
        this.issuer = issuer;
    }

    /** A token of a demo user (deploy/local/token's grants: password for people, client credentials for feeds). */
    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            Map<String, String> form = u.endsWith("-feed")
                    ? Map.of("grant_type", "client_credentials", "client_id", u, "client_secret", "demo")
                    : Map.of("grant_type", "password", "username", u, "password", "demo", "client_id", "styrkort-cli");
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Response r = send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(10)).expectOk("token for " + u);
            return r.json().path("access_token").asText();
        });
    }

    Response get(String url, String user) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json").GET(), Duration.ofSeconds(30));
    }

    Response post(String url, String user, Object json) {
        return post(url, user, "application/json", bytes(json), Map.of(), Duration.ofSeconds(30));
    }

    Response post(String url, String user, String contentType, byte[] body, Map<String, String> headers,
            Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b, timeout);
    }

    /** A plain GET without a token (health, metrics); null when nothing answers. */
    Integer status(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    Response send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> r = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static byte[] bytes(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
