package se.styrkort.outcomes.domain;

/**
 * The state an event carries for a change of a measurement or an assessment. The event contracts
 * live apart from the domain, so that a REST view, an event and an entity change on their own: the
 * events package answers this.
 */
public interface EventStates {

    Object of(Measurement measurement);

    Object of(Assessment assessment);
}
