package se.styrkort.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A goal's status in one period from {@code styrkort.outcomes}: computed, assessed, and the one that counts. */
@Entity
@Table(name = "goal_status")
public class GoalStatus extends ReadRow {

    @NotNull
    public UUID goalId;

    public UUID planId;

    public UUID orgUnitId;

    @NotNull
    public String period;

    public String computedStatus;

    /**
     * Why the computed status is what it is; events published before the name was {@code reason} say {@code computedReason}.
     */
    @JsonAlias("computedReason")
    @Column(name = "computed_reason")
    public String reason;

    public String assessedStatus;

    public String justification;

    /** assessedStatus when set, else computedStatus. */
    public String status;

    @JsonDeserialize(using = RawJson.class)
    public String indicators;
}
