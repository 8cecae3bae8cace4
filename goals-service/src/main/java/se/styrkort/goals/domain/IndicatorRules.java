package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.styrkort.platform.problem.Problem;

/**
 * Whether an indicator's own values hold together: its codes per source system and its baselines.
 * Its targets have {@link TargetRules}; its sub-indicators are checked against the database.
 */
final class IndicatorRules {

    private static final String SOURCE_SYSTEM = "[a-z][a-z0-9-]{0,39}";

    private IndicatorRules() {
    }

    /** A source system is named like {@code kolada}; its code is 1 to 100 characters. */
    static List<Problem.Violation> checkExternalCodes(Map<String, String> codes) {
        List<Problem.Violation> violations = new ArrayList<>();
        codes.forEach((system, code) -> {
            if (!system.matches(SOURCE_SYSTEM)) {
                violations.add(new Problem.Violation("externalCodes", "source system '" + system
                        + "' must be lower-case letters, digits and dashes, up to 40, such as kolada"));
            } else if (code == null || code.isBlank() || code.length() > 100) {
                violations.add(new Problem.Violation("externalCodes." + system, "must be a code of 1 to 100 characters"));
            }
        });
        return violations;
    }

    /** A baseline has a total, or women and men apart, or both. */
    static List<Problem.Violation> checkBaselines(List<BaselineInput> baselines) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < baselines.size(); i++) {
            BaselineInput b = baselines.get(i);
            if (b.value() == null && b.women() == null && b.men() == null) {
                violations.add(new Problem.Violation("baselines[" + i + "].value", "needs a value, or women and men apart"));
            }
        }
        return violations;
    }
}
