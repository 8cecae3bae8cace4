package se.styrkort.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.problem.Problem;

/** An indicator's codes per source system and its baselines, field by field. */
class IndicatorRulesTest {

    @Test
    void aCodePerSourceSystemIsKeptWhenBothAreWellFormed() {
        assertThat(IndicatorRules.checkExternalCodes(Map.of("kolada", "U07414", "datalager-2", "SJK-1"))).isEmpty();
    }

    @Test
    void aBadSourceSystemAndAnEmptyOrLongCodeAreNamedOnTheirFields() {
        Map<String, String> codes = new TreeMap<>();
        codes.put("Kolada", "U07414");
        codes.put("kolada", " ");
        codes.put("vera", "x".repeat(101));
        codes.put("ok", "x".repeat(100));
        assertThat(fields(IndicatorRules.checkExternalCodes(codes)))
                .containsExactly("externalCodes", "externalCodes.kolada", "externalCodes.vera");
    }

    @Test
    void aBaselineNeedsATotalOrWomenAndMen() {
        List<BaselineInput> baselines = List.of(
                new BaselineInput("2021", new BigDecimal("5.1"), null, null),
                new BaselineInput("2021-T2", null, null, null),
                new BaselineInput("2022", null, new BigDecimal("6.0"), new BigDecimal("3.9")));
        assertThat(IndicatorRules.checkBaselines(baselines))
                .extracting(Problem.Violation::field, Problem.Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("baselines[1].value",
                        "needs a value, or women and men apart"));
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }
}
