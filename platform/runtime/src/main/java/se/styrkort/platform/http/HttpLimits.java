package se.styrkort.platform.http;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.styrkort.platform.problem.Problem;

/**
 * The limits of a request that are checked before any endpoint is chosen, answered as problem+json
 * naming the limit: a URI too long (414), headers too large (431), a body with a Content-Length
 * above the service's largest (413). Vert.x answers these itself with an empty body; this route runs
 * before its own check, and the HTTP decoder's limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above these so that a request reaches it.
 */
@ApplicationScoped
public class HttpLimits {

    @ConfigProperty(name = "styrkort.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    @ConfigProperty(name = "styrkort.http.max-header-size", defaultValue = "20K")
    MemorySize maxHeaderSize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int uriLength = request.uri().length();
        if (uriLength > maxUriLength) {
            refuse(context, Problem.of(414, "URI Too Long", "The URI has " + uriLength + " characters, at most "
                    + maxUriLength + " are read (limit styrkort.http.max-uri-length)"));
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerSize += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerSize > maxHeaderSize.asLongValue()) {
            refuse(context, Problem.of(431, "Request Header Fields Too Large", "The headers have " + headerSize
                    + " bytes, at most " + maxHeaderSize.asLongValue() + " are read (limit styrkort.http.max-header-size)"));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBodySize.isPresent()) {
            long max = maxBodySize.get().asLongValue();
            try {
                if (Long.parseLong(length.strip()) > max) {
                    refuse(context, Problem.of(413, "Content Too Large", "The request body may have at most " + max
                            + " bytes (limit quarkus.http.limits.max-body-size)"));
                    return;
                }
            } catch (NumberFormatException e) {
                refuse(context, Problem.of(400, "Bad Request", "Content-Length is not a number"));
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem.at(pathOf(context.request())));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        // The body that was not read would be taken for the next request: this connection ends here.
        HttpServerRequest request = context.request();
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> request.connection().close())
                .end(body);
    }

    private static String pathOf(HttpServerRequest request) {
        String path = request.path();
        return path == null || path.length() > 200 ? null : path;
    }
}
