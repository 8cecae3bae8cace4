package se.styrkort.platform.openapi;

import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Leaves out the header parameters a resource reads but the HTTP client sets itself: the imports
 * read {@code Content-Length} to refuse a body over its limit before reading it, and a generated
 * client that offered it as an argument would send a length of its caller's choosing (Java's own
 * client refuses to). {@code Content-Type} is the request body's media type, which OpenAPI says
 * with the body.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TransportHeaders implements OASFilter {

    private static final Set<String> HEADERS = Set.of("content-length", "content-type");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && parameter.getName() != null
                && HEADERS.contains(parameter.getName().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return parameter;
    }
}
