package se.styrkort.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a batch of changes affects: each plan once, in the periods its goal statuses named or in all. */
class AffectedRollupsTest {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void beforeAndAfterTogetherKeepBothPlansAndThePeriod() {
        AffectedRollups before = new AffectedRollups(Set.of(A), "2022-T2");
        AffectedRollups after = new AffectedRollups(Set.of(B), null);

        assertThat(before.and(after)).isEqualTo(new AffectedRollups(Set.of(A, B), "2022-T2"));
        assertThat(after.and(before).period()).isEqualTo("2022-T2");
        assertThat(AffectedRollups.NONE.and(AffectedRollups.NONE).plans()).isEmpty();
    }

    @Test
    void eachPlanOnceWithThePeriodsNamedOrEveryPeriod() {
        Map<UUID, Set<String>> byPlan = AffectedRollups.byPlan(List.of(new AffectedRollups(Set.of(B), "2022-T2"),
                new AffectedRollups(Set.of(A), "2022-T3"), new AffectedRollups(Set.of(B), "2022-T1"),
                new AffectedRollups(Set.of(A), null), new AffectedRollups(Set.of(A), "2022-T1"), AffectedRollups.NONE));

        assertThat(byPlan.keySet()).as("in id order, the order the plans are locked in").containsExactly(A, B);
        assertThat(byPlan.get(A)).as("one change named no period: every period").isNull();
        assertThat(byPlan.get(B)).containsExactly("2022-T1", "2022-T2");
        assertThat(AffectedRollups.byPlan(List.of())).isEmpty();
    }
}
