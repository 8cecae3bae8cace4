package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.styrkort.platform.domain.TargetKind;
import se.styrkort.platform.problem.Problem;

/**
 * Whether each target's values fit its kind (docs/domain.md, "Target kinds"), its year the plan, and its
 * direction the indicator's: every problem is one violation on its own field.
 */
final class TargetRules {

    /** The values each kind needs; a value a kind does not use is refused, not silently kept. */
    private static final Map<TargetKind, Set<String>> NEEDS = new EnumMap<>(Map.of(
            TargetKind.AT_LEAST, Set.of("value"),
            TargetKind.AT_MOST, Set.of("value"),
            TargetKind.RANGE, Set.of("lo", "hi"),
            TargetKind.INCREASE, Set.of("reference"),
            TargetKind.DECREASE, Set.of("reference"),
            TargetKind.BENCHMARK, Set.of("benchmarkOrganization"),
            TargetKind.ACTIVITY, Set.of(),
            TargetKind.K_OF_N, Set.of("k"),
            TargetKind.UNDEFINED, Set.of()));

    private TargetRules() {
    }

    static List<Problem.Violation> check(List<TargetInput> targets, Plan plan, Direction direction, int subIndicators) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetInput t = targets.get(i);
            String at = "targets[" + i + "].";
            if (t.year() < plan.fromYear || t.year() > plan.toYear) {
                violations.add(new Problem.Violation(at + "year",
                        "is outside the plan's years " + plan.fromYear + "–" + plan.toYear));
            } else if (!years.add(t.year())) {
                violations.add(new Problem.Violation(at + "year", "has a target for " + t.year() + " already"));
            }
            Set<String> needs = NEEDS.get(t.kind());
            present(t).forEach(field -> {
                String need = field.startsWith("reference") ? "reference" : field;
                if (!needs.contains(need)) {
                    violations.add(new Problem.Violation(at + field, "is not used by a " + t.kind() + " target"));
                }
            });
            for (String need : needs) {
                if (need.equals("reference") ? t.referencePeriod() == null && t.referenceValue() == null
                        : !present(t).contains(need)) {
                    String field = need.equals("reference") ? "referencePeriod" : need;
                    violations.add(new Problem.Violation(at + field, "is needed by a " + t.kind() + " target"
                            + (need.equals("reference") ? " (or referenceValue)" : "")));
                }
            }
            if (t.kind() == TargetKind.RANGE && t.lo() != null && t.hi() != null && t.lo().compareTo(t.hi()) > 0) {
                violations.add(new Problem.Violation(at + "hi", "must not be below lo"));
            }
            if (t.kind() == TargetKind.K_OF_N && t.k() != null && (t.k() < 1 || t.k() > subIndicators)) {
                violations.add(new Problem.Violation(at + "k",
                        "must be between 1 and the indicator's " + subIndicators + " sub-indicators"));
            }
            if (t.kind() == TargetKind.INCREASE && direction == Direction.LOWER_IS_BETTER
                    || t.kind() == TargetKind.DECREASE && direction == Direction.HIGHER_IS_BETTER) {
                violations.add(new Problem.Violation(at + "kind", "goes against the indicator's direction " + direction));
            }
        }
        return violations;
    }

    private static Set<String> present(TargetInput t) {
        Set<String> fields = new HashSet<>();
        if (t.value() != null) {
            fields.add("value");
        }
        if (t.lo() != null) {
            fields.add("lo");
        }
        if (t.hi() != null) {
            fields.add("hi");
        }
        if (t.referencePeriod() != null) {
            fields.add("referencePeriod");
        }
        if (t.referenceValue() != null) {
            fields.add("referenceValue");
        }
        if (t.benchmarkOrganization() != null && !t.benchmarkOrganization().isBlank()) {
            fields.add("benchmarkOrganization");
        }
        if (t.k() != null) {
            fields.add("k");
        }
        return fields;
    }
}
