package se.styrkort.goals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A strategy or perspective of a plan (Länets utveckling, Vård, Medarbetare, Ekonomi). */
@Entity
@Table(name = "strategy")
public class Strategy extends PlanPart {

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public int ordinal;

    @Override
    public String aggregateType() {
        return "strategy";
    }
}
