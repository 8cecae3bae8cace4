package se.styrkort.platform.http;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;
import se.styrkort.platform.problem.ProblemException;

/**
 * What every request is held to before a resource method sees it: no control character in its
 * path or query, a query value its parameter's type can read ({@code atomic=maybe} is not false),
 * a media type for a body, and a body no larger than an ordinary write needs. Bulk imports, which
 * read the body as a stream and count it themselves, may send up to the service's import limit.
 */
public class RequestChecks {

    /** A body larger than this is refused on every endpoint except the bulk imports. */
    @ConfigProperty(name = "styrkort.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    private final Map<Method, Endpoint> endpoints = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    public void plainRequest(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String refusal = Texts.refusal(path);
        if (refusal != null) {
            throw ProblemException.badField("path", refusal);
        }
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("query", "is not correctly percent-encoded");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (Texts.refusal(parameter.getKey()) != null) {
                throw ProblemException.badField("query", "a parameter's name " + Texts.refusal(parameter.getKey()));
            }
            for (String value : parameter.getValue()) {
                refusal = value == null ? null : Texts.refusal(value);
                if (refusal != null) {
                    throw ProblemException.badField(parameter.getKey(), refusal);
                }
            }
        }
        if (hasBody(request) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new ProblemException(415, "Unsupported Media Type", "A request with a body names its media type",
                    List.of(new se.styrkort.platform.problem.Problem.Violation(HttpHeaders.CONTENT_TYPE, "is missing")));
        }
    }

    @ServerRequestFilter
    public void knownParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Endpoint endpoint = endpoints.computeIfAbsent(method, Endpoint::of);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (TypedParameter parameter : endpoint.parameters()) {
            List<String> values = query.get(parameter.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (value == null || !parameter.reads().test(value)) {
                    throw ProblemException.badField(parameter.name(), "'" + shortened(value) + "' " + parameter.expected());
                }
            }
        }
        if (!endpoint.streaming()) {
            long length = contentLength(request);
            if (length > maxBodySize.asLongValue()) {
                throw BodyLimit.tooLarge(maxBodySize.asLongValue());
            }
        }
    }

    static boolean hasBody(ContainerRequestContext request) {
        return contentLength(request) > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static long contentLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String shortened(String value) {
        return value == null ? "" : value.length() > 50 ? value.substring(0, 50) + "…" : value;
    }

    /** A resource method's typed query parameters, and whether it streams its body (an import). */
    record Endpoint(List<TypedParameter> parameters, boolean streaming) {

        static Endpoint of(Method method) {
            List<TypedParameter> parameters = new ArrayList<>();
            boolean streaming = false;
            for (Parameter parameter : method.getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                if (query != null) {
                    TypedParameter typed = TypedParameter.of(query.value(), parameter.getParameterizedType());
                    if (typed != null) {
                        parameters.add(typed);
                    }
                } else if (InputStream.class.isAssignableFrom(parameter.getType())) {
                    streaming = true;
                }
            }
            return new Endpoint(List.copyOf(parameters), streaming);
        }
    }

    /** A query parameter, what its type reads and what to say when it cannot. */
    record TypedParameter(String name, Predicate<String> reads, String expected) {

        static TypedParameter of(String name, Type type) {
            if (type instanceof ParameterizedType list && list.getRawType() instanceof Class<?> raw
                    && java.util.Collection.class.isAssignableFrom(raw)) {
                return of(name, list.getActualTypeArguments()[0]);
            }
            if (!(type instanceof Class<?> raw)) {
                return null;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return new TypedParameter(name, v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"),
                        "is neither true nor false");
            }
            if (raw == int.class || raw == Integer.class) {
                return new TypedParameter(name, v -> parses(() -> Integer.parseInt(v)), "is not a whole number");
            }
            if (raw == long.class || raw == Long.class) {
                return new TypedParameter(name, v -> parses(() -> Long.parseLong(v)), "is not a whole number");
            }
            if (raw == UUID.class) {
                return new TypedParameter(name, v -> parses(() -> UUID.fromString(v)), "is not an id (UUID)");
            }
            if (raw == LocalDate.class) {
                return new TypedParameter(name, v -> parses(() -> LocalDate.parse(v)), "is not a date (YYYY-MM-DD)");
            }
            if (raw == Instant.class) {
                return new TypedParameter(name, v -> parses(() -> Instant.parse(v)),
                        "is not a point in time (ISO 8601, such as 2024-05-01T00:00:00Z)");
            }
            if (raw.isEnum()) {
                List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                return new TypedParameter(name, names::contains, "is not one of " + names);
            }
            return null;
        }

        private static boolean parses(Runnable parse) {
            try {
                parse.run();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
