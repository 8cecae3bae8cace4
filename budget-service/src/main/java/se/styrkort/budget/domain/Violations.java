package se.styrkort.budget.domain;

import java.util.ArrayList;
import java.util.List;

import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** The bad fields of one request, collected so that a single 400 names every one of them. */
final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

    /** Names the field when the condition holds. */
    Violations when(boolean bad, String field, String message) {
        if (bad) {
            found.add(new Problem.Violation(field, message));
        }
        return this;
    }

    /** Names the field with the message, if there is one (a check that answers null found nothing). */
    Violations of(String field, String message) {
        return when(message != null, field, message);
    }

    List<Problem.Violation> list() {
        return found;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", found);
        }
    }
}
