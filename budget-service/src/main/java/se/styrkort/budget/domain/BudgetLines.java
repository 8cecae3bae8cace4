package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/** Turns the lines of a request into a frame's lines, holding them to the sign convention. */
final class BudgetLines {

    private BudgetLines() {
    }

    static List<BudgetLine> from(List<BudgetLineInput> inputs) {
        return from(inputs, new ArrayList<>());
    }

    /** The lines, or a 400 naming every bad line and the violations found before (on other fields). */
    static List<BudgetLine> from(List<BudgetLineInput> inputs, List<Problem.Violation> violations) {
        Set<CostCategory> seen = EnumSet.noneOf(CostCategory.class);
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            BudgetLineInput in = inputs.get(i);
            String at = "lines[" + i + "].";
            if (!seen.add(in.category())) {
                violations.add(new Problem.Violation(at + "category", "one line per category; this one appears twice"));
            }
            checkSign(in.category(), in.officials(), at + "officials", violations);
            checkSign(in.category(), in.electedMembers(), at + "electedMembers", violations);
            // Stored to the öre; the input has at most two decimals, so this never rounds.
            lines.add(new BudgetLine(in.category(), in.officials().setScale(2, RoundingMode.UNNECESSARY),
                    in.electedMembers().setScale(2, RoundingMode.UNNECESSARY)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badFields(violations);
        }
        return lines;
    }

    private static void checkSign(CostCategory category, BigDecimal amount, String field,
            List<Problem.Violation> violations) {
        if (category.isRevenue() && amount.signum() < 0) {
            violations.add(new Problem.Violation(field, "revenues are positive"));
        } else if (!category.isRevenue() && amount.signum() > 0) {
            violations.add(new Problem.Violation(field, "costs are negative"));
        }
    }
}
