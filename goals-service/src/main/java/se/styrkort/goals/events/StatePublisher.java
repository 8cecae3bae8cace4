package se.styrkort.goals.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrkort.goals.domain.ChangeEvents;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;

/**
 * Publishes every change on {@code styrkort.goals} through the outbox, with the state its contract
 * names: the one bridge from the entities to the events.
 */
@ApplicationScoped
public class StatePublisher implements ChangeEvents {

    @Inject
    Outbox outbox;

    @Override
    public void publish(Tracked aggregate, ChangeType type) {
        outbox.publish(aggregate, type, () -> EventMapper.state(aggregate));
    }
}
