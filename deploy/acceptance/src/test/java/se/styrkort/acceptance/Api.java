package se.styrkort.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The calls a newcomer pastes from the README, in Java: tokens from {@code deploy/local/token}, then
 * plain HTTP against the stack's services.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(LocalStack stack) {
        this.stack = stack;
    }

    /** A bearer token for a demo user, exactly as {@code deploy/local/token USER} prints it. */
    String token(String user) {
        return tokens.computeIfAbsent(user, u -> stack.output(
                List.of(stack.root.resolve("deploy/local/token").toString(), u), Duration.ofSeconds(30)).trim());
    }

    Response get(String user, String service, String path) {
        return send(user, service, path, "GET", null, "application/json", Map.of());
    }

    Response get(String user, String service, String path, String accept) {
        return send(user, service, path, "GET", null, accept, Map.of());
    }

    Response post(String user, String service, String path, Object body) {
        return send(user, service, path, "POST", json(body), "application/json", Map.of("Content-Type", "application/json"));
    }

    Response post(String user, String service, String path, String body, String contentType) {
        return send(user, service, path, "POST", body, "application/json", Map.of("Content-Type", contentType));
    }

    Response put(String user, String service, String path, Object body, long ifMatch) {
        return send(user, service, path, "PUT", json(body), "application/json",
                Map.of("Content-Type", "application/json", "If-Match", "\"" + ifMatch + "\""));
    }

    /** Asks again (every 200 ms, up to {@code timeout}) until the answer satisfies {@code until}; the last answer. */
    Response await(Duration timeout, Predicate<Response> until, String user, String service, String path) {
        return await(timeout, until, () -> get(user, service, path));
    }

    /** Calls again (every 200 ms, up to {@code timeout}) until the answer satisfies {@code until}; the last answer. */
    static Response await(Duration timeout, Predicate<Response> until, Supplier<Response> call) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response last = call.get();
        while (!until.test(last) && System.nanoTime() < deadline) {
            sleep(200);
            last = call.get();
        }
        return last;
    }

    Response send(String user, String service, String path, String method, String body, String accept,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on " + service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: status, content type, ETag and body, with the body as JSON on demand. */
    record Response(int status, String contentType, String etag, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        long version() {
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }
}
