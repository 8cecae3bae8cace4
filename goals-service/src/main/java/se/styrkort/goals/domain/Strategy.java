package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** A strategy or perspective of a plan (Länets utveckling, Vård, Medarbetare, Ekonomi). */
@Entity
@Table(name = "strategy")
public class Strategy extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID planId;

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
