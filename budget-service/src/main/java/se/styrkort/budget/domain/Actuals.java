package se.styrkort.budget.domain;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.Violations;

/**
 * Keeping actuals, one per org unit, month and cost category; entered one by one or imported.
 * Every write is published with its history, and what is derived from actuals is told.
 */
@ApplicationScoped
public class Actuals extends Figures<Actual> {

    @Inject
    Event<ActualsChanged> changed;

    public Actuals() {
        super(Actual.class, "actual");
    }

    /** What a write did: a new actual, the same values again, or a new version. */
    public enum Outcome {
        ACCEPTED,
        UNCHANGED,
        REVISED
    }

    public record Written(Outcome outcome, Actual actual) {
    }

    /** The actuals matching every filter given, in the order of the regions' tables. */
    public PanacheQuery<Actual> list(UUID orgUnitId, Integer year, Integer month, CostCategory category) {
        Filters filters = new Filters()
                .where("orgUnitId = :orgUnitId", "orgUnitId", orgUnitId)
                .where("year = :year", "year", year)
                .where("month = :month", "month", month)
                .where("category = :category", "category", category);
        return matching(filters, Sort.by("year").descending().and("month").descending().and("orgUnitId")
                .and("category").and("id"));
    }

    /** Records a new actual; one that exists for the unit, month and category is changed with PUT instead. */
    @Transactional
    public Actual create(ActualInput input) {
        requireValid(input);
        refuseSecond(find(input),
                "is this unit's for " + input.year() + "-" + input.month() + " and " + input.category());
        Actual actual = insert(input);
        changed.fire(new ActualsChanged(Set.of(keyOf(actual))));
        return actual;
    }

    /** Changes an actual's amount; its unit, month and category stay, as they are what it is. */
    @Transactional
    public Actual update(UUID id, String ifMatch, ActualInput input) {
        Actual actual = current(id, ifMatch);
        new Violations()
                .when(!actual.orgUnitId.equals(input.orgUnitId()), "orgUnitId", "an actual stays with its org unit")
                .when(actual.year != input.year(), "year", "an actual stays with its year")
                .when(actual.month != input.month(), "month", "an actual stays with its month")
                .when(actual.category != input.category(), "category", "an actual stays with its category")
                .of("amount", input.category().signViolation(input.amount()))
                .throwIfAny();
        revise(actual, input);
        changed.fire(new ActualsChanged(Set.of(keyOf(actual))));
        return actual;
    }

    /** Why an actual cannot be recorded, field by field; empty when it can. */
    public List<Problem.Violation> violations(ActualInput input) {
        return known(input).list();
    }

    /**
     * Records checked rows of an import in the caller's transaction, by their natural identity:
     * a new one is ACCEPTED, the same amount again UNCHANGED (no event), another amount REVISED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Written> upsert(List<ActualInput> inputs) {
        List<Written> written = new ArrayList<>(inputs.size());
        Set<ActualsChanged.Key> keys = new HashSet<>();
        for (ActualInput input : inputs) {
            Optional<Actual> existing = find(input);
            Written w;
            if (existing.isEmpty()) {
                w = new Written(Outcome.ACCEPTED, insert(input));
            } else if (existing.get().amount.compareTo(input.amount()) == 0) {
                w = new Written(Outcome.UNCHANGED, existing.get());
            } else {
                w = new Written(Outcome.REVISED, revise(existing.get(), input));
            }
            if (w.outcome() != Outcome.UNCHANGED) {
                keys.add(keyOf(w.actual()));
            }
            written.add(w);
        }
        if (!keys.isEmpty()) {
            changed.fire(new ActualsChanged(keys));
        }
        return written;
    }

    private void requireValid(ActualInput input) {
        known(input).throwIfAny();
    }

    /** A unit this service knows, and an amount with the category's sign. */
    private Violations known(ActualInput input) {
        return knownUnit(input.orgUnitId()).of("amount", input.category().signViolation(input.amount()));
    }

    private Optional<Actual> find(ActualInput input) {
        return query("orgUnitId = ?1 and year = ?2 and month = ?3 and category = ?4", input.orgUnitId(),
                input.year(), input.month(), input.category()).firstResultOptional();
    }

    private Actual insert(ActualInput input) {
        Actual actual = new Actual();
        actual.orgUnitId = input.orgUnitId();
        actual.year = input.year();
        actual.month = input.month();
        actual.category = input.category();
        // Stored to the öre; the input has at most two decimals, so this never rounds.
        actual.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        return insert(actual);
    }

    private Actual revise(Actual actual, ActualInput input) {
        actual.amount = input.amount().setScale(2, RoundingMode.UNNECESSARY);
        return revise(actual);
    }

    private static ActualsChanged.Key keyOf(Actual a) {
        return new ActualsChanged.Key(a.orgUnitId, a.year, a.month, a.category);
    }
}
