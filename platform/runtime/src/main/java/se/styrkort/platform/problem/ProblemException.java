package se.styrkort.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/** An expected failure that is answered as a problem document with the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(Status status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    /** Unknown id, or another tenant's: the answer must not tell which. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Status.NOT_FOUND, "No " + what + " with id " + id);
    }

    /** A rule about the request's content that bean validation cannot express, on one field. */
    public static ProblemException badField(String field, String message) {
        return badFields(List.of(new Problem.Violation(field, message)));
    }

    /** Every bad field of one request, so that a single 400 names each of them. */
    public static ProblemException badFields(List<Problem.Violation> violations) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT, detail);
    }

    public Problem toProblem() {
        return Problem.of(status, title, getMessage()).withViolations(violations);
    }
}
