package se.styrkort.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import se.styrkort.platform.http.Numbers;
import se.styrkort.platform.http.RefusedValue;

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
            String message = e instanceof RefusedValue refused ? refused.reason()
                    : e instanceof UnrecognizedPropertyException ? "unknown field"
                            : e instanceof InvalidFormatException format && format.getTargetType().isEnum()
                                    ? "'" + format.getValue() + "' is not one of "
                                            + Arrays.toString(format.getTargetType().getEnumConstants())
                                    : e instanceof InvalidFormatException format
                                            ? "cannot read '" + shortened(format.getValue()) + "' as "
                                                    + format.getTargetType().getSimpleName()
                                            : "has the wrong type or shape";
            return answer(Problem.of(400, "Bad Request", "The request body has invalid fields")
                    .withViolations(List.of(new Problem.Violation(field, message))), uri);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        Problem.Violation violation = violationOf(e);
        Problem problem = Problem.of(400, "Bad Request", "The request body is not valid JSON" + where);
        return answer(violation == null ? problem : problem.withViolations(List.of(violation)), uri);
    }

    /**
     * Where a parser stopped, for the errors it finds itself: a duplicate key, a number too long to
     * read or out of range of its type, anything after the value.
     */
    private static Problem.Violation violationOf(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        String at = fieldOf(context);
        if (e instanceof StreamConstraintsException) {
            return new Problem.Violation(at.isEmpty() ? "body" : at, "has a number longer than " + Numbers.MAX_PARSED_LENGTH
                    + " characters");
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            // The parser stopped in the object that has the key twice: the object's path is its parent's.
            String object = context == null ? "" : fieldOf(context.getParent());
            return new Problem.Violation(object.isEmpty() ? duplicate.group(1) : object + "." + duplicate.group(1),
                    "is given more than once");
        }
        if (e instanceof InputCoercionException) {
            return new Problem.Violation(at.isEmpty() ? "body" : at, "is out of range");
        }
        if (e instanceof MismatchedInputException && message.contains("Trailing token")) {
            return new Problem.Violation("body", "has content after the JSON value");
        }
        return null;
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private static String fieldOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String part = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                    : c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            path.insert(0, part);
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static Object shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
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
            return answer(Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), "The request could not be served"),
                    uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        String detail = switch (r.getStatus()) {
            case 404 -> "No such resource";
            case 405 -> "This resource does not take that method";
            case 406 -> "This resource cannot answer in the media type asked for";
            case 413 -> "The request body is too large (limit quarkus.http.limits.max-body-size)";
            case 415 -> "This resource does not take that media type";
            default -> e.getMessage();
        };
        Problem problem = Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), detail);
        if (r.getStatus() == 415) {
            problem = problem
                    .withViolations(List.of(new Problem.Violation("Content-Type", "is not a media type this resource takes")));
        }
        return answer(problem, uri);
    }

    /** A value the database cannot hold (a text longer than its column, a number beyond its precision). */
    @ServerExceptionMapper
    public Response unfit(org.hibernate.exception.DataException e, UriInfo uri) {
        return answer(Problem.of(400, "Bad Request", "A value is longer or larger than can be stored"), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // A known failure may arrive wrapped, by a transaction's commit say.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.DataException data) {
                return unfit(data, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return clash(constraint, uri);
            }
        }
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

    /** The field a Jackson failure is about, as a violation names it: {@code targets[0].year}. */
    public static String pathOf(JsonMappingException e) {
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
