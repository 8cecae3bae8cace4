package se.styrkort.outcomes.replica;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.TenantId;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.styrkort.outcomes.status.Direction;
import se.styrkort.outcomes.status.TargetKind;

/**
 * An indicator as goals-service last published it, with what checking an outcome and computing a
 * status need: unit of measure, direction, follow-up frequency, tolerance, targets per year,
 * baselines, sub-indicators (K_OF_N) and its codes per source system. Nested state is kept as the
 * JSON the event carried.
 */
@Entity
@Table(name = "replica_indicator")
public class ReplicaIndicator extends PanacheEntityBase {

    /** Units of measure that count things: for these a total is the sum of women and men. */
    private static final Set<String> COUNTS = Set.of("antal", "st", "st.", "stycken", "personer", "count");

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_frequency")
    public FollowUpFrequency followUpFrequency;

    @Column(name = "gender_split", nullable = false)
    public boolean genderSplit;

    public BigDecimal tolerance;

    @Column(name = "sub_indicator_ids", nullable = false)
    public String subIndicatorIdsJson = "[]";

    @Column(name = "external_codes", nullable = false)
    public String externalCodesJson = "{}";

    @Column(name = "targets", nullable = false)
    public String targetsJson = "[]";

    @Column(name = "baselines", nullable = false)
    public String baselinesJson = "[]";

    @Transient
    private List<TargetState> targets;

    public List<TargetState> targets() {
        if (targets == null) {
            targets = ReplicaJson.read(targetsJson, new TypeReference<List<TargetState>>() { });
        }
        return targets;
    }

    public List<BaselineState> baselines() {
        return ReplicaJson.read(baselinesJson, new TypeReference<List<BaselineState>>() { });
    }

    public List<UUID> subIndicatorIds() {
        return ReplicaJson.read(subIndicatorIdsJson, new TypeReference<List<UUID>>() { });
    }

    public Map<String, String> externalCodes() {
        return ReplicaJson.read(externalCodesJson, new TypeReference<Map<String, String>>() { });
    }

    void targetsJson(String json) {
        targets = null;
        targetsJson = json;
    }

    public Optional<TargetState> targetFor(int year) {
        return targets().stream().filter(t -> t.year() == year).findFirst();
    }

    /**
     * Whether outcomes of the year are activity states ("Ja, genomförd", "Pågående") rather than
     * numbers: its target for the year is ACTIVITY, or, with none that year, its targets are.
     */
    public boolean takesActivityState(int year) {
        Optional<TargetState> target = targetFor(year);
        if (target.isPresent()) {
            return target.get().kind() == TargetKind.ACTIVITY;
        }
        return !targets().isEmpty() && targets().stream().allMatch(t -> t.kind() == TargetKind.ACTIVITY);
    }

    /** A total may be derived as women + men only where the indicator counts things ("antal", "st"). */
    public boolean totalIsSumOfGenders() {
        return unitOfMeasure != null && COUNTS.contains(unitOfMeasure.strip().toLowerCase(Locale.ROOT));
    }

    /** The indicator's own frequency, else its goal's. */
    public FollowUpFrequency frequency(ReplicaGoal goal) {
        return followUpFrequency != null ? followUpFrequency : goal == null ? null : goal.followUpFrequency;
    }
}
