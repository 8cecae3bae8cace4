package se.styrkort.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** The bad fields of one request, collected so that a single 400 names every one of them. */
public final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

    /** Names the field when the condition holds. */
    public Violations when(boolean bad, String field, String message) {
        if (bad) {
            found.add(new Problem.Violation(field, message));
        }
        return this;
    }

    /** Names the field with the message, if there is one (a check that answers null found nothing). */
    public Violations of(String field, String message) {
        return when(message != null, field, message);
    }

    public List<Problem.Violation> list() {
        return found;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ProblemException.badFields(found);
        }
    }
}
