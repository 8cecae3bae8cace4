package se.styrkort.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every bad field of a request in one 400, in the order checked; nothing thrown when all are good. */
class ViolationsTest {

    @Test
    void everyBadFieldIsNamedInTheOrderChecked() {
        Violations violations = new Violations().when(true, "orgUnitId", "no org unit with this id")
                .when(false, "year", "an actual stays with its year")
                .of("amount", "costs are negative")
                .of("month", null);
        assertThat(violations.list()).extracting(Problem.Violation::field).containsExactly("orgUnitId", "amount");
        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).isEqualTo("The request has invalid fields"));
    }

    @Test
    void aRequestWithoutBadFieldsPasses() {
        assertThatCode(() -> new Violations().when(false, "year", "x").of("amount", null).throwIfAny())
                .doesNotThrowAnyException();
    }
}
