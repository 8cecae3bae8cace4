package se.styrkort.outcomes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.styrkort.platform.domain.Period;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/**
 * Holds a measurement to its indicator: the indicator and org unit must be the caller's
 * organization's (an unknown id and another region's get the same answer, so nothing is revealed),
 * the unit of measure, when given, the indicator's; an ACTIVITY indicator takes an activity state
 * instead of numbers, every other indicator numbers. A total is derived from women and men only for
 * indicators that count things.
 */
public final class MeasurementRules {

    private MeasurementRules() {
    }

    /** The input as it is to be stored, or a 400 with one violation per bad field. */
    public static MeasurementInput checked(MeasurementInput in, KnownReferences known) {
        List<Problem.Violation> violations = new ArrayList<>();
        Period period = null;
        try {
            period = Period.parse("period", in.period());
        } catch (ProblemException e) {
            violations.addAll(e.toProblem().violations());
        }
        Optional<PlannedIndicator> indicator = in.indicatorId() == null ? Optional.empty() : known.indicator(in.indicatorId());
        if (in.indicatorId() != null && indicator.isEmpty()) {
            violations.add(new Problem.Violation("indicatorId", "no such indicator"));
        }
        if (in.orgUnitId() != null && !known.unitKnown(in.orgUnitId())) {
            violations.add(new Problem.Violation("orgUnitId", "no such org unit or benchmark organization"));
        }
        boolean activity = indicator.isPresent() && period != null
                && indicator.get().takesActivityState(period.year());
        if (activity) {
            if (in.activityState() == null) {
                violations.add(new Problem.Violation("activityState",
                        "the indicator is followed up as an activity: give DONE, IN_PROGRESS, NOT_STARTED or CANCELLED"));
            }
            if (in.hasNumbers()) {
                violations
                        .add(new Problem.Violation("total", "the indicator is followed up as an activity and takes no number"));
            }
        } else {
            if (in.activityState() != null && indicator.isPresent()) {
                violations.add(new Problem.Violation("activityState", "only an ACTIVITY indicator takes an activity state"));
            }
            if (!in.hasNumbers() && (in.activityState() == null || indicator.isPresent())) {
                violations.add(new Problem.Violation("total", "give at least one of total (T), women (K) and men (M)"));
            }
        }
        indicator.ifPresent(i -> {
            if (in.unitOfMeasure() != null && !in.unitOfMeasure().isBlank() && i.unitOfMeasure() != null
                    && !sameUnit(in.unitOfMeasure(), i.unitOfMeasure())) {
                violations.add(new Problem.Violation("unitOfMeasure",
                        "is '" + in.unitOfMeasure().strip() + "', but the indicator is measured in '" + i.unitOfMeasure()
                                + "'"));
            }
        });
        if (!violations.isEmpty()) {
            throw ProblemException.badFields(violations);
        }
        if (in.total() == null && in.women() != null && in.men() != null && indicator.isPresent()
                && indicator.get().totalIsSumOfGenders()) {
            return in.withTotal(in.women().add(in.men()));
        }
        return in;
    }

    private static boolean sameUnit(String a, String b) {
        return a.strip().replace(" ", "").toLowerCase(Locale.ROOT).equals(b.strip().replace(" ", "").toLowerCase(Locale.ROOT));
    }
}
