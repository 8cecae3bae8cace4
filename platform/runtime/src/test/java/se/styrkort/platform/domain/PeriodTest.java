package se.styrkort.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.styrkort.platform.problem.ProblemException;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({ "2022,2022", "2022-T1,2022-T1", "2022-t3,2022-T3", "2022-01,2022-01", "2022-12,2022-12",
            "2022-vt,2022-VT", "' 2022-HT ',2022-HT", "2100-T2,2100-T2" })
    void readsEveryFormInItsStoredForm(String text, String normalized) {
        assertThat(Period.parse(text)).hasToString(normalized);
        assertThat(Period.isValid(text)).isTrue();
        assertThat(normalized).matches(Period.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "22", "2022-T4", "2022-T0", "2022-00", "2022-13", "2022-1", "2022-Q1", "2022-ST",
            "2022/01", "1850", "2200", "2022-T1-01", "２０２２" })
    void rejectsAnythingElseOnTheNamedField(String text) {
        assertThat(Period.isValid(text)).isFalse();
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("period", text)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.toProblem().violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("period")));
    }

    @Test
    void aMissingPeriodIsRejectedToo() {
        assertThatThrownBy(() -> Period.parse("period", null)).isInstanceOf(ProblemException.class);
    }

    @ParameterizedTest
    @CsvSource({ "2022-T2,2022-T1", "2022-T1,2021-T3", "2022-01,2021-12", "2022-08,2022-07", "2022-VT,2021-HT",
            "2022-HT,2022-VT", "2022,2021" })
    void thePreviousPeriodIsOfTheSameKind(String period, String previous) {
        assertThat(Period.parse(period).previous()).hasToString(previous);
    }

    @ParameterizedTest
    @CsvSource({ "2022,1,12,12", "2022-T1,1,4,4", "2022-T2,5,8,4", "2022-T3,9,12,4", "2022-08,8,8,1",
            "2022-VT,1,6,6", "2022-HT,7,12,6" })
    void monthsCovered(String period, int first, int last, int months) {
        Period p = Period.parse(period);
        assertThat(p.firstMonth()).isEqualTo(first);
        assertThat(p.lastMonth()).isEqualTo(last);
        assertThat(p.months()).isEqualTo(months);
    }

    @Test
    void containsWhatLiesWithinIt() {
        assertThat(Period.parse("2022-T2").contains(Period.parse("2022-06"))).isTrue();
        assertThat(Period.parse("2022-T2").contains(Period.parse("2022-04"))).isFalse();
        assertThat(Period.parse("2022").contains(Period.parse("2022-HT"))).isTrue();
        assertThat(Period.parse("2022").contains(Period.parse("2021-HT"))).isFalse();
        assertThat(Period.parse("2022-T2").yearBefore()).hasToString("2021-T2");
    }

    @Test
    void ordersByTheMonthAPeriodEndsIn() {
        List<Period> periods = new ArrayList<>(List.of("2022", "2022-T3", "2022-HT", "2022-12", "2022-T2", "2022-08",
                "2021-T3", "2022-VT", "2022-01", "2022-T1").stream().map(Period::parse).toList());
        Collections.shuffle(periods);
        Collections.sort(periods);
        assertThat(periods).map(Period::toString).containsExactly("2021-T3", "2022-01", "2022-T1", "2022-VT",
                "2022-08", "2022-T2", "2022-12", "2022-T3", "2022-HT", "2022");
    }
}
