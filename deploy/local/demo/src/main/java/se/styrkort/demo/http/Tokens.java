package se.styrkort.demo.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens for the demo users from the issuer's token endpoint, asked for the way
 * deploy/local/token asks: people by the password grant (the dev issuer matches on
 * {@code username}; the public client id {@code styrkort-cli} is sent along), machine clients
 * ({@code *-feed}) by client credentials with their own client id. One token per user per run.
 */
public final class Tokens {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI tokenEndpoint;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Tokens(HttpClient http, ObjectMapper json, String issuer) {
        this.http = http;
        this.json = json;
        this.tokenEndpoint = URI.create(issuer.replaceAll("/+$", "") + "/token");
    }

    public String bearer(String user) {
        return "Bearer " + cache.computeIfAbsent(user, this::fetch);
    }

    private String fetch(String user) {
        Map<String, String> form = new LinkedHashMap<>();
        if (user.endsWith("-feed")) {
            form.put("grant_type", "client_credentials");
            form.put("client_id", user);
            form.put("client_secret", "demo");
        } else {
            form.put("grant_type", "password");
            form.put("username", user);
            form.put("password", "demo");
            form.put("client_id", "styrkort-cli");
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LoadFailure("token for " + user + " from " + tokenEndpoint + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode token = json.readTree(response.body()).path("access_token");
            if (!token.isTextual() || token.asText().isEmpty()) {
                throw new LoadFailure("no access_token for " + user + " in " + response.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new LoadFailure("token for " + user + " from " + tokenEndpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }
}
