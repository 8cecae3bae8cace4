package se.styrkort.outcomes.status;

import java.math.BigDecimal;

import se.styrkort.outcomes.domain.Reason;
import se.styrkort.outcomes.domain.Status;

/**
 * A computed status with the numbers that made it: the outcome, what it was compared with
 * (target, bounds, reference or benchmark) and the tolerance used.
 */
public record Evaluation(Status status, Reason reason, BigDecimal outcome, BigDecimal comparedWith,
        BigDecimal tolerance) {

    static Evaluation of(Status status, Reason reason) {
        return new Evaluation(status, reason, null, null, null);
    }
}
