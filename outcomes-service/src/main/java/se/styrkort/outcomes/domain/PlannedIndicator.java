package se.styrkort.outcomes.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TargetKind;

/**
 * An indicator of a plan as this service knows it from goals-service: what checking an outcome and
 * computing a status need. The replica fills it; the rules that follow from it are here.
 */
public interface PlannedIndicator {

    /** Units of measure that count things: for these a total is the sum of women and men. */
    Set<String> COUNTS = Set.of("antal", "st", "st.", "stycken", "personer", "count");

    UUID id();

    UUID goalId();

    String unitOfMeasure();

    Direction direction();

    /** Its own follow-up frequency; null: its goal's. */
    FollowUpFrequency followUpFrequency();

    /** Its own tolerance; null: the default one. */
    BigDecimal tolerance();

    List<TargetState> targets();

    List<BaselineState> baselines();

    /** The sub-indicators a K_OF_N target counts; empty for every other indicator. */
    List<UUID> subIndicatorIds();

    default Optional<TargetState> targetFor(int year) {
        return targets().stream().filter(t -> t.year() == year).findFirst();
    }

    /**
     * Whether outcomes of the year are activity states ("Ja, genomförd", "Pågående") rather than
     * numbers: its target for the year is ACTIVITY, or, with none that year, its targets are.
     */
    default boolean takesActivityState(int year) {
        Optional<TargetState> target = targetFor(year);
        if (target.isPresent()) {
            return target.get().kind() == TargetKind.ACTIVITY;
        }
        return !targets().isEmpty() && targets().stream().allMatch(t -> t.kind() == TargetKind.ACTIVITY);
    }

    /** A total may be derived as women + men only where the indicator counts things ("antal", "st"). */
    default boolean totalIsSumOfGenders() {
        return unitOfMeasure() != null && COUNTS.contains(unitOfMeasure().strip().toLowerCase(Locale.ROOT));
    }

    /** The indicator's own frequency, else its goal's. */
    default FollowUpFrequency frequency(PlannedGoal goal) {
        return followUpFrequency() != null ? followUpFrequency() : goal == null ? null : goal.followUpFrequency();
    }
}
