package se.styrkort.demo.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP to one service as one demo user; any answer but the expected is a {@link LoadFailure}. */
public final class Api {

    private final HttpClient http;
    private final ObjectMapper json;
    private final Tokens tokens;
    private final String base;

    public Api(HttpClient http, ObjectMapper json, Tokens tokens, String base) {
        this.http = http;
        this.json = json;
        this.tokens = tokens;
        this.base = base.replaceAll("/+$", "");
    }

    /** An answer: its status and body ({@code null} when empty). */
    public record Answer(int status, JsonNode body, String raw) {
    }

    public JsonNode get(String user, String path, Map<String, String> query) {
        Answer a = send(user, "GET", path + queryString(query), null, null);
        return expect(a, "GET " + path, 200);
    }

    /** Whether the service has this endpoint at all (404 with no problem body, or 405, means it has not). */
    public boolean has(String user, String path) {
        Answer a = send(user, "GET", path, null, null);
        return a.status() != 404 && a.status() != 405;
    }

    /** All items of a paginated list, every page. */
    public List<JsonNode> list(String user, String path, Map<String, String> filter) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0;; page++) {
            Map<String, String> query = new java.util.LinkedHashMap<>(filter);
            query.put("page", Integer.toString(page));
            query.put("size", "1000");
            JsonNode answer = get(user, path, query);
            answer.path("items").forEach(all::add);
            if (answer.path("items").size() < 1000 || all.size() >= answer.path("total").asLong()) {
                return all;
            }
        }
    }

    public Optional<JsonNode> find(String user, String path, Map<String, String> filter, Predicate<JsonNode> match) {
        return list(user, path, filter).stream().filter(match).findFirst();
    }

    public JsonNode post(String user, String path, Object body) {
        Answer a = send(user, "POST", path, "application/json", body);
        return expect(a, "POST " + path, 200, 201);
    }

    /** A POST that changes an existing record: it names the version read. */
    public JsonNode post(String user, String path, String ifMatch, Object body) {
        Answer a = send(user, "POST", path, "application/json", body, "If-Match", ifMatch);
        return expect(a, "POST " + path, 200, 201);
    }

    public Answer postRaw(String user, String path, String contentType, Object body) {
        return send(user, "POST", path, contentType, body);
    }

    public JsonNode put(String user, String path, String ifMatch, Object body) {
        Answer a = send(user, "PUT", path, "application/json", body, "If-Match", ifMatch);
        return expect(a, "PUT " + path, 200);
    }

    /**
     * Waits until this service knows every one of {@code ids} under {@code path} (GET path/id answers
     * 200): services learn other services' records from events, a moment after they were written.
     */
    public void awaitKnown(String user, String path, java.util.Collection<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String id : ids) {
            while (true) {
                Answer a = send(user, "GET", path + "/" + id, null, null);
                if (a.status() == 200) {
                    break;
                }
                if (a.status() != 404 || System.nanoTime() > deadline) {
                    throw new LoadFailure("GET " + path + "/" + id + " at " + base + ": HTTP " + a.status()
                            + " after waiting " + timeout.toSeconds() + " s for it to arrive from the events");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LoadFailure("interrupted", e);
                }
            }
        }
    }

    /** Finds an item by {@code match} in the filtered list, or creates it with {@code body}. */
    public Created findOrCreate(String user, String path, Map<String, String> filter, Predicate<JsonNode> match,
            Object body) {
        Optional<JsonNode> found = find(user, path, filter, match);
        if (found.isPresent()) {
            return new Created(found.get(), false);
        }
        return new Created(post(user, path, body), true);
    }

    /** An item and whether this run created it. */
    public record Created(JsonNode item, boolean created) {
        public String id() {
            return item.path("id").asText();
        }
    }

    public static Predicate<JsonNode> field(String name, String value) {
        return node -> value.equals(node.path(name).asText(null));
    }

    private JsonNode expect(Answer a, String what, int... statuses) {
        for (int s : statuses) {
            if (a.status() == s) {
                return a.body();
            }
        }
        throw new LoadFailure(what + " at " + base + ": HTTP " + a.status() + " " + a.raw());
    }

    private Answer send(String user, String method, String path, String contentType, Object body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", tokens.bearer(user)).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String raw = r.body();
            JsonNode parsed = null;
            if (raw != null && !raw.isBlank()) {
                try {
                    parsed = json.readTree(raw);
                } catch (JsonProcessingException notJson) {
                    parsed = null;
                }
            }
            return new Answer(r.statusCode(), parsed, raw);
        } catch (IOException e) {
            throw new LoadFailure(method + " " + base + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new LoadFailure("cannot write " + body + ": " + e, e);
        }
    }

    private static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return "?" + query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
