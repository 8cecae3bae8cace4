package se.styrkort.goals.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One follow-up of a control point: when, and what it found (empty until done). */
@Embeddable
public class ControlFollowUp {

    @Column(nullable = false)
    public LocalDate date;

    public String result;
}
