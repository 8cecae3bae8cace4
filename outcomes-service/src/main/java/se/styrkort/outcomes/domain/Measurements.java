package se.styrkort.outcomes.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.events.ChangeType;

/**
 * Keeping measured outcomes: every real change is written together with its event and its
 * revision; a repeat of what is stored writes nothing.
 */
@ApplicationScoped
public class Measurements extends Revised<Measurement, MeasurementRevision> {

    Measurements() {
        super(Measurement.class, "measurement", MeasurementRevision.class, "measurementId");
    }

    /** What recording did, and to which measurement. */
    public record Recorded(Measurement measurement, RecordOutcome outcome) {
    }

    /** The measurements matching every filter given; a null filter matches all. */
    public PanacheQuery<Measurement> list(UUID indicatorId, UUID orgUnitId, Period period) {
        Filters filters = new Filters().equal("indicatorId", indicatorId).equal("orgUnitId", orgUnitId)
                .equal("period", period == null ? null : period.toString());
        return matching(filters);
    }

    /**
     * Records a measurement by its natural identity (indicator, org unit, period, value kind): new,
     * unchanged, or a new revision when its values differ. Provenance alone is no change. The
     * statuses it changes are recomputed in the same transaction.
     */
    @Transactional
    public Recorded record(MeasurementInput input) {
        return recordChecked(MeasurementRules.checked(input, new KnownReferences(plans)));
    }

    /**
     * Records what another service's event says, for an indicator that names it by its code: the
     * values come from a service of the same region, so they are not held to a caller's rules.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded recordFromEvent(MeasurementInput input) {
        return recordChecked(input);
    }

    private Recorded recordChecked(MeasurementInput checked) {
        MeasurementIdentity identity = identityOf(checked);
        Recorded recorded = record(checked, Measurement.<Measurement> find(
                "indicatorId = ?1 and orgUnitId = ?2 and period = ?3 and valueKind = ?4", identity.indicatorId(),
                identity.orgUnitId(), identity.period(), identity.valueKind()).firstResultOptional());
        if (recorded.outcome() != RecordOutcome.UNCHANGED) {
            statuses.outcomesChanged(List.of(identity));
        }
        return recorded;
    }

    private Recorded record(MeasurementInput input, Optional<Measurement> stored) {
        Period period = Period.parse("period", input.period());
        GenderValues values = valuesOf(input);
        if (stored.isEmpty()) {
            Measurement measurement = new Measurement();
            measurement.created(user());
            apply(measurement, input, period, values);
            measurement.persist();
            publish(measurement, ChangeType.CREATED);
            return new Recorded(measurement, RecordOutcome.ACCEPTED);
        }
        Measurement measurement = stored.get();
        if (measurement.values().sameAs(values) && measurement.activityState == input.activityState()) {
            return new Recorded(measurement, RecordOutcome.UNCHANGED);
        }
        apply(measurement, input, period, values);
        publish(measurement, ChangeType.UPDATED);
        return new Recorded(measurement, RecordOutcome.REVISED);
    }

    /** The identity a valid input names, its period normalized. */
    public static MeasurementIdentity identityOf(MeasurementInput input) {
        return new MeasurementIdentity(input.indicatorId(), input.orgUnitId(),
                Period.parse("period", input.period()).toString(),
                input.valueKind());
    }

    /** Corrects a measurement by id, identity included; a correction that changes nothing writes nothing. */
    @Transactional
    public Measurement update(UUID id, String ifMatch, MeasurementInput given) {
        Measurement measurement = get(id);
        MeasurementInput input = MeasurementRules.checked(given, new KnownReferences(plans));
        Period period = Period.parse("period", input.period());
        GenderValues values = valuesOf(input);
        Versions.requireMatch(ifMatch, measurement.version);
        if (sameAsStored(measurement, input, period, values)) {
            return measurement;
        }
        MeasurementIdentity before = MeasurementIdentity.of(measurement);
        apply(measurement, input, period, values);
        publish(measurement, ChangeType.UPDATED);
        statuses.outcomesChanged(List.of(before, MeasurementIdentity.of(measurement)));
        return measurement;
    }

    private void publish(Measurement measurement, ChangeType changeType) {
        outbox.publish(measurement, changeType, () -> states.of(measurement));
        MeasurementRevision.of(measurement, changeType).persist();
    }

    private static GenderValues valuesOf(MeasurementInput input) {
        return new GenderValues(input.total(), input.women(), input.men());
    }

    private static boolean sameAsStored(Measurement m, MeasurementInput input, Period period, GenderValues values) {
        return m.indicatorId.equals(input.indicatorId()) && m.orgUnitId.equals(input.orgUnitId())
                && m.period.equals(period.toString()) && m.valueKind == input.valueKind() && m.values().sameAs(values)
                && m.activityState == input.activityState()
                && Objects.equals(m.sourceSystem, blankToNull(input.sourceSystem()))
                && Objects.equals(m.externalRowId, blankToNull(input.externalRowId()));
    }

    private void apply(Measurement measurement, MeasurementInput input, Period period, GenderValues values) {
        fill(measurement, input, period, values);
        measurement.changed(user());
    }

    /** A measurement as a checked input writes it, without id, version or who: for {@link MeasurementIngest}. */
    static Measurement written(MeasurementInput input) {
        Measurement measurement = new Measurement();
        fill(measurement, input, Period.parse("period", input.period()), valuesOf(input));
        return measurement;
    }

    private static void fill(Measurement measurement, MeasurementInput input, Period period, GenderValues values) {
        measurement.indicatorId = input.indicatorId();
        measurement.orgUnitId = input.orgUnitId();
        measurement.period = period.toString();
        measurement.valueKind = input.valueKind();
        measurement.values(values);
        measurement.activityState = input.activityState();
        measurement.sourceSystem = blankToNull(input.sourceSystem());
        measurement.externalRowId = blankToNull(input.externalRowId());
    }

    private String user() {
        return actors.current();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
