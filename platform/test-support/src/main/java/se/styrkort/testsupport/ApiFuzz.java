package se.styrkort.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * A fuzzing run of a service's API, driven by its own OpenAPI document: for every operation it
 * sends requests built from the operation's schemas, some valid, most hostile (wrong types, huge
 * and over-long numbers, NUL and other control characters, duplicate keys, trailing garbage,
 * missing and unknown fields, values a query parameter's type cannot read, wrong or no media
 * type), and holds every answer to the rules: never a 5xx, every 4xx a problem+json document, and
 * no state change when a write is refused (a probe the service's test gives, such as the number of
 * events its outbox ever took). The generators are jqwik's, fed from one seed, so a run repeats.
 */
public final class ApiFuzz {

    /** A request that broke a rule, and what it got. */
    public record Finding(String rule, String request, int status, String answer) {

        @Override
        public String toString() {
            return rule + ": " + request + " -> " + status + " " + answer;
        }
    }

    /** What a run did: requests per status class, and what broke a rule. */
    public record Report(int requests, Map<Integer, Integer> statuses, List<Finding> findings) {

        /** Logs the run and fails on any finding, or on a run that never got past validation (no 200, no 400). */
        public Report holdToTheRules() {
            LOG.infof("API fuzzing: %d requests, by status %s, %d findings", requests, statuses, findings.size());
            assertThat(findings).as("requests that broke a rule").isEmpty();
            assertThat(statuses).containsKeys(200, 400);
            return this;
        }
    }

    /**
     * The state probe every service uses: the events its outbox ever took, sent or not. A refused
     * write must not change it, since every change writes an event in the same transaction.
     */
    public static LongSupplier outboxEvents(DataSource db) {
        return () -> {
            try (Connection connection = db.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery(
                            "select (select count(*) from outbox_event) + (select count(*) from outbox_sent)")) {
                count.next();
                return count.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static final Logger LOG = Logger.getLogger(ApiFuzz.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final int GEN_SIZE = 1000;

    private final URI base;
    private final List<String> users;
    private long seed = 22;
    private int requests = 2000;
    private List<String> knownIds = List.of();
    private LongSupplier state = () -> 0;
    private Predicate<String> skip = operation -> false;

    private Random random;
    private JsonNode components;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RandomGenerator<String> texts;
    private RandomGenerator<String> anyTexts;
    private RandomGenerator<Integer> ints;
    private RandomGenerator<java.math.BigDecimal> decimals;
    private RandomGenerator<Integer> years;

    private ApiFuzz(URI base, List<String> users) {
        this.base = base;
        this.users = List.copyOf(users);
    }

    /** A run against the service at the base URI, as these demo users (see {@link Tokens}), the first most often. */
    public static ApiFuzz of(String baseUri, String... users) {
        return new ApiFuzz(URI.create(baseUri), List.of(users));
    }

    public ApiFuzz seed(long seed) {
        this.seed = seed;
        return this;
    }

    public ApiFuzz requests(int requests) {
        this.requests = requests;
        return this;
    }

    /** Ids of things that exist, used for path and id parameters half of the time. */
    public ApiFuzz knownIds(List<String> ids) {
        this.knownIds = List.copyOf(ids);
        return this;
    }

    /** A number that changes when state changes, read before and after every refused write. */
    public ApiFuzz state(LongSupplier probe) {
        this.state = probe;
        return this;
    }

    /** Operations ("POST /api/v1/x/{id}") left out of the run. */
    public ApiFuzz skip(Predicate<String> operations) {
        this.skip = operations;
        return this;
    }

    private static <T> RandomGenerator<T> generator(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GEN_SIZE);
    }

    private <T> T next(RandomGenerator<T> generator) {
        return generator.next(random).value();
    }

    /** Runs the requests, in a jqwik session so that its generators work outside a property. */
    public Report run() throws IOException, InterruptedException {
        JqwikSession.start();
        try {
            texts = generator(Arbitraries.strings().ofMinLength(0).ofMaxLength(12).withCharRange('a', 'z')
                    .withCharRange('A', 'Z').withCharRange('0', '9').withChars(" åäöÅÄÖ-_/,."));
            anyTexts = generator(Arbitraries.strings().ofMinLength(1).ofMaxLength(30).all());
            ints = generator(Arbitraries.integers().between(-3, 3000));
            decimals = generator(Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1000000000"),
                    new java.math.BigDecimal("1000000000")).ofScale(2));
            years = generator(Arbitraries.integers().between(2018, 2030));
            return fuzz();
        } finally {
            JqwikSession.finish();
        }
    }

    private Report fuzz() throws IOException, InterruptedException {
        random = new Random(seed);
        JsonNode openapi = JSON.readTree(send("GET", "/q/openapi?format=json", Map.of(), null, null, users.get(0)).body());
        components = openapi.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && !skip.test(method.toUpperCase() + " " + path.getKey())) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), operation, path.getValue()));
                }
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document has no operations");
        }
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(i % operations.size());
            Request request = request(operation);
            boolean write = !operation.method().equals("GET");
            long before = write ? state.getAsLong() : 0;
            HttpResponse<String> response;
            try {
                response = send(request.method(), request.path(), request.query(), request.contentType(),
                        request.body(), request.user());
            } catch (IOException e) {
                findings.add(new Finding("no answer", request.toString(), 0, String.valueOf(e)));
                continue;
            }
            int status = response.statusCode();
            statuses.merge(status / 100 * 100, 1, Integer::sum);
            String answer = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
            if (status >= 500) {
                findings.add(new Finding("5xx", request.toString(), status, answer));
            } else if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                findings.add(new Finding("4xx without problem+json", request.toString(), status, answer));
            }
            if (write && status >= 400) {
                long after = state.getAsLong();
                if (after != before) {
                    findings.add(new Finding("state changed by a refused write", request.toString(), status, answer));
                }
            }
        }
        return new Report(requests, statuses, findings);
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> query, String contentType,
            byte[] body, String user) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(base.toString()).append(path);
        char separator = path.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(30))
                .header("Authorization", Tokens.bearer(user));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    record Operation(String method, String path, JsonNode spec, JsonNode pathItem) {
    }

    record Request(String method, String path, Map<String, String> query, String contentType, byte[] body, String user) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + path + " " + query + " [" + contentType + "] "
                    + (text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text);
        }
    }

    private Request request(Operation operation) {
        boolean hostile = random.nextInt(10) < 6;
        String user = random.nextInt(3) == 0 ? users.get(random.nextInt(users.size())) : users.get(0);
        List<JsonNode> parameters = new ArrayList<>();
        operation.pathItem().path("parameters").forEach(parameters::add);
        operation.spec().path("parameters").forEach(parameters::add);
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encodePath(hostile && random.nextInt(4) == 0
                        ? hostileText()
                        : scalar(schema)));
                case "query" -> {
                    if (hostile && random.nextInt(3) == 0) {
                        query.put(name, hostileText());
                    } else if (random.nextInt(3) > 0 || parameter.path("required").asBoolean()) {
                        query.put(name, scalar(schema));
                    }
                }
                default -> {
                }
            }
        }
        if (hostile && random.nextInt(5) == 0) {
            query.put(next(texts).replaceAll("[^a-zA-Z]", "") + "x", hostileText());
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.isMissingNode() || !content.fieldNames().hasNext()) {
            return new Request(operation.method(), path, query, null, null, user);
        }
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        String type = types.get(random.nextInt(types.size()));
        JsonNode schema = content.path(type).path("schema");
        byte[] body;
        if (type.contains("csv")) {
            body = csv(hostile).getBytes(StandardCharsets.UTF_8);
        } else {
            JsonNode value = value(schema, 0);
            body = hostile ? hostileJson(value) : write(value);
        }
        String contentType = type;
        if (hostile && random.nextInt(12) == 0) {
            contentType = random.nextBoolean() ? null : "text/plain";
        }
        return new Request(operation.method(), path, query, contentType, body, user);
    }

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode resolve(JsonNode schema) {
        int depth = 0;
        while (schema.has("$ref") && depth++ < 10) {
            String ref = schema.get("$ref").asText();
            schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined) && schema.get(combined).size() > 0) {
                return resolve(schema.get(combined).get(0));
            }
        }
        return schema;
    }

    private String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asText();
    }

    /** A plausible value for a schema of a parameter, as text. */
    private String scalar(JsonNode schema) {
        JsonNode value = value(resolve(schema), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A plausible value for a schema. */
    private JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String format = schema.path("format").asText("");
        return switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    yield object;
                }
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties
                        .hasNext();) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (random.nextInt(10) < 8) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                }
                if (schema.path("additionalProperties").isObject() && random.nextBoolean()) {
                    object.set(next(texts).replaceAll("[^a-z]", "") + "k",
                            value(schema.get("additionalProperties"), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = depth > 4 ? 0 : random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> {
                int min = schema.path("minimum").asInt(Integer.MIN_VALUE);
                int max = schema.path("maximum").asInt(Integer.MAX_VALUE);
                int n = random.nextInt(3) == 0 ? next(years) : next(ints);
                if (min != Integer.MIN_VALUE && max != Integer.MAX_VALUE && random.nextBoolean()) {
                    n = min + random.nextInt(Math.max(1, Math.min(max - min + 1, 100)));
                }
                yield NODES.numberNode(n);
            }
            case "number" -> NODES.numberNode(next(decimals));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(switch (format) {
                case "uuid" -> uuid();
                case "date" -> LocalDateText.of(next(years), 1 + random.nextInt(12), 1 + random.nextInt(28));
                case "date-time" ->
                    LocalDateText.of(next(years), 1 + random.nextInt(12), 1 + random.nextInt(28)) + "T10:00:00Z";
                default -> plausibleText();
            });
        };
    }

    private String uuid() {
        // From the run's own random numbers, so that a run repeats; shaped as a version 4 UUID.
        return !knownIds.isEmpty() && random.nextBoolean() ? knownIds.get(random.nextInt(knownIds.size()))
                : new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                        random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L)
                        .toString();
    }

    private String plausibleText() {
        return switch (random.nextInt(6)) {
            case 0 -> next(years) + "-T" + (1 + random.nextInt(3));
            case 1 -> String.valueOf(next(years));
            case 2 -> "RS/" + random.nextInt(999) + "/" + next(years);
            default -> next(texts);
        };
    }

    private String hostileText() {
        return switch (random.nextInt(12)) {
            case 0 -> "a\u0000b";
            case 1 -> "\u0000";
            case 2 -> "maybe";
            case 3 -> "1e400";
            case 4 -> "99999999999999999999999";
            case 5 -> "-1";
            case 6 -> "x".repeat(2000);
            case 7 -> "\u001b[2J";
            case 8 -> "'; drop table x; --";
            case 9 -> "../../etc/passwd";
            case 10 -> "";
            default -> next(anyTexts);
        };
    }

    private byte[] write(JsonNode value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body made hostile in one of many ways. */
    private byte[] hostileJson(JsonNode value) {
        int kind = random.nextInt(14);
        if (kind <= 6 && value instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (kind) {
                case 0 -> object.set(name, hostileValue(object.get(name)));
                case 1 -> object.remove(name);
                case 2 -> object.putNull(name);
                case 3 -> object.put("unknown" + random.nextInt(100), 1);
                case 4 -> {
                    // A duplicate key, which a tree cannot hold: spliced into the text.
                    String text = new String(write(object), StandardCharsets.UTF_8);
                    String duplicate = "{" + JSON.valueToTree(name).toString() + ":" + hostileValue(object.get(name)) + ",";
                    return (duplicate + text.substring(1)).getBytes(StandardCharsets.UTF_8);
                }
                case 5 -> deepHostile(object);
                default -> object.set(name, NODES.textNode("a\u0000b"));
            }
            return write(object);
        }
        if (kind <= 6 && value instanceof ArrayNode array && array.size() > 0 && array.get(0) instanceof ObjectNode) {
            deepHostile((ObjectNode) array.get(0));
            return write(array);
        }
        byte[] valid = write(value);
        String text = new String(valid, StandardCharsets.UTF_8);
        return (switch (kind) {
            case 7 -> text + " {\"trailing\":true}";
            case 8 -> text + "x";
            case 9 -> text.length() > 2 ? text.substring(0, text.length() / 2) : "{";
            case 10 -> "";
            case 11 -> "null";
            case 12 -> "[" + text + "]";
            default -> "{\"a\":" + "1".repeat(1 + random.nextInt(3000)) + "}";
        }).getBytes(StandardCharsets.UTF_8);
    }

    /** Makes one field somewhere inside the object hostile. */
    private void deepHostile(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            object.put("unknown", "x");
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode inner = object.get(name);
        if (inner instanceof ObjectNode nested && nested.size() > 0) {
            deepHostile(nested);
        } else if (inner instanceof ArrayNode array && array.size() > 0 && array.get(0) instanceof ObjectNode nested) {
            deepHostile(nested);
        } else {
            object.set(name, hostileValue(inner));
        }
    }

    /** A value of the wrong type, or of the right type that no store can take. */
    private JsonNode hostileValue(JsonNode current) {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 1 -> NODES.numberNode(new java.math.BigDecimal("-1e17"));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1" + "0".repeat(100 + random.nextInt(2000))));
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e-400"));
            case 4 -> NODES.textNode("a\u0000b\u0007");
            case 5 -> NODES.textNode("x".repeat(5000));
            case 6 -> NODES.numberNode(20390101);
            case 7 -> NODES.numberNode(2);
            case 8 -> current != null && current.isNumber() ? NODES.textNode("abc") : NODES.numberNode(random.nextInt(100));
            case 9 -> NODES.arrayNode().add(1);
            default -> NODES.objectNode().put("x", 1);
        };
    }

    /** A CSV import: a plausible header and rows, or a hostile one. */
    private String csv(boolean hostile) {
        String header = "indicatorId;orgUnitId;period;valueKind;total;year;month;category;amount";
        if (!hostile) {
            return header + "\n" + uuid() + ";" + uuid() + ";" + next(years) + ";PERIOD;" + next(decimals) + ";"
                    + next(years) + ";" + (1 + random.nextInt(12)) + ";PERSONNEL;-" + next(decimals).abs() + "\n";
        }
        return switch (random.nextInt(8)) {
            case 0 -> header + ";x".repeat(5000 + random.nextInt(100_000)) + "\n";
            case 1 -> header + "\n" + uuid() + ";" + uuid() + ";2022;PERIOD;" + "9".repeat(10_000 + random.nextInt(100_000))
                    + ";2022;1;PERSONNEL;-1\n";
            case 2 -> header + "\n" + uuid() + ";" + uuid() + ";2022\u0000;PERIOD;1e400;2022;1;PERSONNEL;NaN\n";
            case 3 -> "";
            case 4 -> header + "\n\"unterminated;" + uuid() + "\n";
            case 5 -> "\uFEFF\uFEFF" + header + "\n;;;;;;;;\n";
            case 6 -> header.replace(';', ',') + "\n" + next(anyTexts) + "\n";
            default -> next(anyTexts) + "\n" + next(anyTexts);
        };
    }

    /** An ISO date's text without java.time's checks, so that day 31 of a short month can come too. */
    private static final class LocalDateText {
        static String of(int year, int month, int day) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
    }
}
