package se.styrkort.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrkort.reporting.rollup.Status.GREEN;
import static se.styrkort.reporting.rollup.Status.NOT_MEASURABLE;
import static se.styrkort.reporting.rollup.Status.RED;
import static se.styrkort.reporting.rollup.Status.YELLOW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RollupTest {

    @Test
    void theSeedsInterimReportRollsUpAsPrinted() {
        // 002_…: 56 goals, 14 green, 17 yellow, 12 red, 13 not measurable.
        List<Status> goals = new ArrayList<>();
        add(goals, GREEN, 14);
        add(goals, YELLOW, 17);
        add(goals, RED, 12);
        add(goals, NOT_MEASURABLE, 13);

        Rollup r = Rollup.of(goals);

        assertThat(r.total()).isEqualTo(56);
        assertThat(r.shares()).containsEntry(GREEN, new BigDecimal("25.0")).containsEntry(YELLOW, new BigDecimal("30.4"))
                .containsEntry(RED, new BigDecimal("21.4")).containsEntry(NOT_MEASURABLE, new BigDecimal("23.2"));
        assertThat(r.wholePercents()).containsEntry(GREEN, 25).containsEntry(YELLOW, 30).containsEntry(RED, 22)
                .containsEntry(NOT_MEASURABLE, 23);
        assertThat(r.overall()).isEqualTo(YELLOW);
    }

    @Test
    void wholePercentsAlwaysAddUpTo100() {
        for (int g = 0; g <= 12; g++) {
            for (int y = 0; y <= 12; y++) {
                for (int red = 0; red <= 12; red++) {
                    Rollup r = Rollup.of(Map.of(GREEN, g, YELLOW, y, RED, red, NOT_MEASURABLE, 1));
                    assertThat(r.wholePercents().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
                }
            }
        }
    }

    @Test
    void thirdsGoToTheStatusesInOrder() {
        Rollup r = Rollup.of(Map.of(GREEN, 1, YELLOW, 1, RED, 1));
        assertThat(r.wholePercents()).containsEntry(GREEN, 34).containsEntry(YELLOW, 33).containsEntry(RED, 33)
                .containsEntry(NOT_MEASURABLE, 0);
        assertThat(r.shares()).containsEntry(GREEN, new BigDecimal("33.3"));
    }

    @Test
    void theOverallStatusNeedsMoreThanHalfOfTheMeasurable() {
        assertThat(Rollup.of(Map.of(GREEN, 3, YELLOW, 1, RED, 1, NOT_MEASURABLE, 10)).overall()).isEqualTo(GREEN);
        assertThat(Rollup.of(Map.of(GREEN, 2, RED, 2)).overall()).isEqualTo(YELLOW);
        assertThat(Rollup.of(Map.of(RED, 3, GREEN, 2)).overall()).isEqualTo(RED);
        assertThat(Rollup.of(Map.of(NOT_MEASURABLE, 4)).overall()).isEqualTo(NOT_MEASURABLE);
        Rollup none = Rollup.of(List.of());
        assertThat(none.overall()).isEqualTo(NOT_MEASURABLE);
        assertThat(none.wholePercents().values()).containsOnly(0);
    }

    private static void add(List<Status> goals, Status status, int n) {
        for (int i = 0; i < n; i++) {
            goals.add(status);
        }
    }
}
