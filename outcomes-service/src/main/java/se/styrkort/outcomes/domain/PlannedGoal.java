package se.styrkort.outcomes.domain;

import java.util.UUID;

import se.styrkort.platform.domain.FollowUpFrequency;

/** A goal of a plan as this service knows it from goals-service: its plan, its owner unit and its follow-up. */
public interface PlannedGoal {

    UUID id();

    UUID planId();

    /** The unit that follows the goal up and is assessed for it; null when goals-service names none. */
    UUID ownerUnitId();

    FollowUpFrequency followUpFrequency();
}
