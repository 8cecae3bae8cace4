package se.styrkort.goals.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** Kontrollmoment of a plan's internkontrollplan: what is checked, by whom, how, and what each follow-up found. */
@Entity
@Table(name = "control_point")
public class ControlPoint extends PlanPart {

    @Column(nullable = false)
    public String controlPoint;

    /** Utförare: the part of the organization that carries out the check ("Primärvården"). */
    @Column(nullable = false)
    public String performer;

    /** Kontrollmetod ("Kontroll av tillförlitlig finansiell rapportering"). */
    @Column(nullable = false)
    public String method;

    /** Followed up twice a year as a rule; each date with its result once known. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "control_point_follow_up", joinColumns = @JoinColumn(name = "control_point_id"))
    @OrderColumn(name = "position")
    public List<ControlFollowUp> followUps = new ArrayList<>();

    @Override
    public String aggregateType() {
        return "control-point";
    }
}
