package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A line of a plan's uppföljningsplan, sammanträdesplanering or beredningsplan: on this date (or, for a
 * follow-up area, some time in the year) this body takes up this topic.
 */
@Entity
@Table(name = "follow_up_item")
public class FollowUpItem extends PlanPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpItemKind kind = FollowUpItemKind.MEETING;

    /** The day; null only for a follow-up area the plan does not date. */
    @Column
    public LocalDate date;

    /** The last day of a meeting over several days ("22-23 februari"). */
    public LocalDate endDate;

    /** The heading it stands under in the plan ("Återkommande ärenden", "Uppföljning och fördjupning"). */
    @Column
    public String section;

    @Column(nullable = false)
    public UUID bodyUnitId;

    @Column(nullable = false)
    public String topic;

    /** Who prepares it ("förvaltningen", "ekonomidirektör"). */
    public String responsibleRole;

    @Override
    public String aggregateType() {
        return "follow-up-item";
    }
}
