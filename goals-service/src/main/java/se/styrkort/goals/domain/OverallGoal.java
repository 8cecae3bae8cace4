package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * Övergripande mål, strategiskt mål, framgångsfaktor: a tree of any depth below one strategy, so
 * that Jämtland's flat list and Norrbotten's goal → success factor fit the same model.
 */
@Entity
@Table(name = "overall_goal")
public class OverallGoal extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID strategyId;

    public UUID parentId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public int ordinal;

    @Override
    public String aggregateType() {
        return "overall-goal";
    }
}
