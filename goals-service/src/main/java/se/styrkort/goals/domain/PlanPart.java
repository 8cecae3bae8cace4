package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import se.styrkort.platform.domain.Tracked;

/**
 * A record that sits directly in one plan (a strategy, a goal, a control point, a follow-up item):
 * the plan is named when it is created and stays, so a new plan version copies it under new ids.
 */
@MappedSuperclass
public abstract class PlanPart extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID planId;

    /** What creates or changes a plan part: it names the plan. */
    public interface Input {

        UUID planId();
    }
}
