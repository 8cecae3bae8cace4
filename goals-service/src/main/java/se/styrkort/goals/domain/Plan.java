package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** A plan (regionplan, verksamhetsplan): the frame for a body's strategies and goals over some years. */
@Entity
@Table(name = "plan")
public class Plan extends Tracked {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int fromYear;

    @Column(nullable = false)
    public int toYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The body whose plan it is (RF for a regionplan, HSN for its verksamhetsplan); optional. */
    public UUID ownerUnitId;

    /** The body that adopted it (Regionfullmäktige, Regionstyrelsen, a committee); set on adoption. */
    public UUID adoptedByUnitId;

    /** The day the body adopted it (beslutsdatum). */
    public LocalDate adoptedDate;

    /** The adopting decision's diarienummer (RS/452/2022) or paragraph (§ 123), when the minutes give one. */
    public String decisionRef;

    /** 1 for the first plan; a new version after adoption counts on from its predecessor. */
    @Column(nullable = false)
    public int planVersion = 1;

    /** The adopted plan this one revises; it stays as adopted. */
    @Column(updatable = false)
    public UUID predecessorId;

    @Override
    public String aggregateType() {
        return "plan";
    }
}
