package se.styrkort.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.events.ChangeType;

/**
 * A {@link Revision} that keeps the aggregate's whole state as its event carried it, as JSON: what
 * the event said is what the history shows.
 */
@MappedSuperclass
public abstract class StateRevision extends Revision {

    @Column(nullable = false, updatable = false)
    public String state;

    /** Takes the aggregate's version and last change, and the state its event published. */
    public void versionOf(Tracked aggregate, ChangeType changeType, Object published, ObjectMapper mapper) {
        versionOf(aggregate, changeType);
        try {
            state = mapper.writeValueAsString(published);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state of " + aggregate.aggregateType() + " " + aggregate.id, e);
        }
    }
}
