package se.styrkort.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GenderValuesTest {

    @Test
    void theSameNumbersInAnotherScaleAreTheSameValues() {
        GenderValues stored = new GenderValues(new BigDecimal("87.5"), null, new BigDecimal("80"));
        assertThat(stored.sameAs(new GenderValues(new BigDecimal("87.50"), null, new BigDecimal("80.0")))).isTrue();
        assertThat(stored.sameAs(new GenderValues(new BigDecimal("87.5"), BigDecimal.ONE, new BigDecimal("80")))).isFalse();
        assertThat(stored.sameAs(new GenderValues(new BigDecimal("87.5"), null, null))).isFalse();
    }
}
