package se.styrkort.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error a Styrkort API gives is an {@code application/problem+json} document: bad input with
 * one violation per field, unknown ids, malformed JSON, wrong media type, version conflicts, too
 * large bodies, missing or insufficient credentials. Never a stack trace, never an HTML page.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return answer(Problem.of(400, "Bad Request", "The request has invalid fields").withViolations(violations), uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                    : e instanceof InvalidFormatException format && format.getTargetType().isEnum()
                            ? "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                    : e instanceof InvalidFormatException format
                            ? "cannot read '" + format.getValue() + "' as " + format.getTargetType().getSimpleName()
                            : "has the wrong type or shape";
            return answer(Problem.of(400, "Bad Request", "The request body has invalid fields")
                    .withViolations(List.of(new Problem.Violation(field, message))), uri);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return answer(Problem.of(400, "Bad Request", "The request body is not valid JSON" + where), uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response conflict(RuntimeException e, UriInfo uri) {
        return answer(Problem.of(409, "Conflict", "Someone else changed this resource; read it again and retry"), uri);
    }

    /** A unique or foreign key rule of the database: the request clashes with what is stored. */
    @ServerExceptionMapper
    public Response clash(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return answer(Problem.of(409, "Conflict", "This clashes with data that exists already"
                + (e.getConstraintName() == null ? "" : " (" + e.getConstraintName() + ")")), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(answer(Problem.of(401, "Unauthorized", "A valid bearer token is required"), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(Problem.of(403, "Forbidden", "Your role does not allow this"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response r = e.getResponse();
        if (r.getStatus() >= 500) {
            LOG.error("Request failed", e);
            return answer(Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), "The request could not be served"), uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        String detail = switch (r.getStatus()) {
            case 404 -> "No such resource";
            case 405 -> "This resource does not take that method";
            case 406 -> "This resource cannot answer in the media type asked for";
            case 413 -> "The request body is too large";
            case 415 -> "This resource does not take that media type";
            default -> e.getMessage();
        };
        return answer(Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return answer(Problem.of(500, "Internal Server Error", "The request could not be served"), uri);
    }

    private static Response answer(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    /** The property path without the method and parameter of a validated resource method. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        boolean parameterOnly = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER, RETURN_VALUE -> {
                    // A query parameter is the field itself; a body's fields follow below it.
                    field.setLength(0);
                    field.append(node.getName());
                    parameterOnly = true;
                    continue;
                }
                default -> {
                }
            }
            if (parameterOnly) {
                field.setLength(0);
                parameterOnly = false;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
