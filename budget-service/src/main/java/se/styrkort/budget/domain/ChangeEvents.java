package se.styrkort.budget.domain;

import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;

/**
 * Where the domain announces each change of an aggregate, in the transaction that makes it. The
 * {@code events} package implements it: it maps the aggregate to the state its event carries and
 * writes that to the outbox, so the published contract is kept apart from the entities.
 */
public interface ChangeEvents {

    /**
     * Records the change; call after the aggregate is persisted or changed. Answers the state the
     * event carries, for the histories that keep it as it was published.
     */
    Object publish(Tracked aggregate, ChangeType type);
}
