package se.styrkort.outcomes.replica;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import com.fasterxml.jackson.core.type.TypeReference;

import se.styrkort.outcomes.domain.BaselineState;
import se.styrkort.outcomes.domain.Direction;
import se.styrkort.outcomes.domain.PlannedIndicator;
import se.styrkort.outcomes.domain.StoredJson;
import se.styrkort.outcomes.domain.TargetState;
import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.TenantRow;

/**
 * An indicator as goals-service last published it, with what checking an outcome and computing a
 * status need: unit of measure, direction, follow-up frequency, tolerance, targets per year,
 * baselines, sub-indicators (K_OF_N) and its codes per source system. Nested state is kept as the
 * JSON the event carried.
 */
@Entity
@Table(name = "replica_indicator")
public class ReplicaIndicator extends TenantRow implements PlannedIndicator {

    @Column(nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public String name;

    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public FollowUpFrequency followUpFrequency;

    @Column(nullable = false)
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

    @Override
    public List<TargetState> targets() {
        if (targets == null) {
            targets = StoredJson.read(targetsJson, new TypeReference<List<TargetState>>() {
            });
        }
        return targets;
    }

    @Override
    public List<BaselineState> baselines() {
        return StoredJson.read(baselinesJson, new TypeReference<List<BaselineState>>() {
        });
    }

    @Override
    public List<UUID> subIndicatorIds() {
        return StoredJson.read(subIndicatorIdsJson, new TypeReference<List<UUID>>() {
        });
    }

    public Map<String, String> externalCodes() {
        return StoredJson.read(externalCodesJson, new TypeReference<Map<String, String>>() {
        });
    }

    void targetsJson(String json) {
        targets = null;
        targetsJson = json;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public UUID goalId() {
        return goalId;
    }

    @Override
    public String unitOfMeasure() {
        return unitOfMeasure;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public FollowUpFrequency followUpFrequency() {
        return followUpFrequency;
    }

    @Override
    public BigDecimal tolerance() {
        return tolerance;
    }
}
