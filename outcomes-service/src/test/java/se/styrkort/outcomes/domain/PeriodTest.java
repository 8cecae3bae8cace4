package se.styrkort.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.styrkort.platform.problem.ProblemException;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({ "2022,2022", "2022-T1,2022-T1", "2022-t3,2022-T3", "2022-01,2022-01", "2022-12,2022-12",
            "2022-vt,2022-VT", "' 2022-HT ',2022-HT" })
    void readsEveryFormOfDesignMd(String text, String normalized) {
        assertThat(Period.parse(text).value()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "22", "2022-T4", "2022-T0", "2022-00", "2022-13", "2022-1", "2022-Q1", "2022-ST",
            "2022/01", "1850", "2022-T1-01" })
    void rejectsAnythingElseOnTheFieldPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.toProblem().violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("period")));
    }

    @Test
    void aMissingPeriodIsRejectedToo() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(ProblemException.class);
    }
}
