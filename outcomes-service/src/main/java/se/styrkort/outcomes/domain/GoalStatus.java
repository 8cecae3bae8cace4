package se.styrkort.outcomes.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;

import se.styrkort.platform.domain.Tracked;

/**
 * A goal's status for one period: computed from the statuses of its indicators at its owner unit
 * (or from its activities), and the assessed status when an assessment overrides it.
 */
@Entity
@Table(name = "goal_status")
public class GoalStatus extends Tracked {

    @Column(nullable = false)
    public UUID goalId;

    public UUID planId;

    public UUID orgUnitId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status computedStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_reason", nullable = false)
    public GoalReason reason;

    @Enumerated(EnumType.STRING)
    public Status assessedStatus;

    public String justification;

    /** The indicators' statuses it was computed from, as JSON: [{indicatorId, status, reason}]. */
    @Column(name = "indicators", nullable = false)
    public String indicatorsJson;

    /** One indicator's status behind the goal's. */
    public record IndicatorEntry(UUID indicatorId, Status status, Reason reason) {
    }

    /** The indicators' statuses it was computed from. */
    public List<IndicatorEntry> indicators() {
        return StoredJson.read(indicatorsJson, new TypeReference<List<IndicatorEntry>>() {
        });
    }

    public Status status() {
        return assessedStatus != null ? assessedStatus : computedStatus;
    }

    @Override
    public String aggregateType() {
        return "goal-status";
    }
}
