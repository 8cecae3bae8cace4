package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** A line of a plan's uppföljningsplan or sammanträdesplanering: on this date, this body takes up this topic. */
@Entity
@Table(name = "follow_up_item")
public class FollowUpItem extends Tracked {

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(nullable = false)
    public LocalDate date;

    @Column(name = "body_unit_id", nullable = false)
    public UUID bodyUnitId;

    @Column(nullable = false)
    public String topic;

    /** Who prepares it ("förvaltningen", "ekonomidirektör"). */
    @Column(name = "responsible_role")
    public String responsibleRole;

    @Override
    public String aggregateType() {
        return "follow-up-item";
    }
}
