package se.styrkort.outcomes.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.outcomes.api.MeasurementInput;
import se.styrkort.outcomes.api.MeasurementView;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;
import se.styrkort.platform.problem.ProblemException;

/** Keeping measured outcomes: every change is written together with its event. */
@ApplicationScoped
public class Measurements {

    @Inject
    Outbox outbox;

    @Inject
    SecurityIdentity caller;

    /** The measurements matching every filter given; a null filter matches all. */
    public PanacheQuery<Measurement> list(UUID indicatorId, UUID orgUnitId, Period period) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (indicatorId != null) {
            where.add("indicatorId = :indicatorId");
            params.put("indicatorId", indicatorId);
        }
        if (orgUnitId != null) {
            where.add("orgUnitId = :orgUnitId");
            params.put("orgUnitId", orgUnitId);
        }
        if (period != null) {
            where.add("period = :period");
            params.put("period", period.value());
        }
        Sort order = Sort.by("period").descending().and("createdAt").and("id");
        return where.isEmpty() ? Measurement.findAll(order) : Measurement.find(String.join(" and ", where), order, params);
    }

    public Optional<Measurement> find(UUID id) {
        return Measurement.find("id", id).firstResultOptional();
    }

    public Measurement get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("measurement", id));
    }

    @Transactional
    public Measurement create(MeasurementInput input) {
        Period period = Period.parse(input.period());
        Measurement measurement = new Measurement();
        measurement.created(caller.getPrincipal().getName());
        apply(measurement, input, period);
        measurement.persist();
        outbox.publish(measurement, ChangeType.CREATED, () -> MeasurementView.of(measurement));
        return measurement;
    }

    @Transactional
    public Measurement update(UUID id, String ifMatch, MeasurementInput input) {
        Period period = Period.parse(input.period());
        Measurement measurement = get(id);
        Versions.requireMatch(ifMatch, measurement.version);
        apply(measurement, input, period);
        outbox.publish(measurement, ChangeType.UPDATED, () -> MeasurementView.of(measurement));
        return measurement;
    }

    private void apply(Measurement measurement, MeasurementInput input, Period period) {
        measurement.indicatorId = input.indicatorId();
        measurement.orgUnitId = input.orgUnitId();
        measurement.period = period.value();
        measurement.valueKind = input.valueKind();
        measurement.value = input.value();
        measurement.source = input.source() == null || input.source().isBlank() ? null : input.source().strip();
        measurement.changed(caller.getPrincipal().getName());
    }
}
