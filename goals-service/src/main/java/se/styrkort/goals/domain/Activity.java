package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** Aktivitet: what is done to reach a goal, with its dates, who answers for it and how far it has come. */
@Entity
@Table(name = "activity")
public class Activity extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID goalId;

    @Column(nullable = false)
    public String title;

    public String description;

    public LocalDate startDate;

    public LocalDate endDate;

    /** A person or role ("HR-direktör"), as the plans name them. */
    public String responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityState state;

    /** The follow-up's words on the state ("Införandet på pilotenheter har påbörjats"). */
    public String stateComment;

    @Override
    public String aggregateType() {
        return "activity";
    }
}
