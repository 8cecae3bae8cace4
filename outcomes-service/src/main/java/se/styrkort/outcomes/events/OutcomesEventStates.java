package se.styrkort.outcomes.events;

import jakarta.enterprise.context.ApplicationScoped;

import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.EventStates;
import se.styrkort.outcomes.domain.Measurement;

/** Maps the domain's changes to the states their events carry. */
@ApplicationScoped
public class OutcomesEventStates implements EventStates {

    @Override
    public Object of(Measurement measurement) {
        return MeasurementState.of(measurement);
    }

    @Override
    public Object of(Assessment assessment) {
        return AssessmentState.of(assessment);
    }
}
