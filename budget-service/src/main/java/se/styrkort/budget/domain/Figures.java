package se.styrkort.budget.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Lookup;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.problem.Violations;

/**
 * What keeping one kind of the budget's recorded figures shares: listing them by filters and
 * looking one up by id (queries, so the tenant filter applies and another region's id is unknown),
 * refusing a second one for the same key, and writing a new or changed one by the caller with its
 * event and history in the caller's transaction.
 *
 * @param <T> the figure
 */
public abstract class Figures<T extends Tracked> {

    @Inject
    ChangeHistory history;

    @Inject
    SecurityIdentity caller;

    @Inject
    OrgUnits orgUnits;

    private final Class<T> type;
    private final String noun;

    protected Figures(Class<T> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    public T get(UUID id) {
        return Lookup.get(type, id, noun);
    }

    /** The ones matching every filter given, in the order given. */
    @SuppressWarnings("unchecked")
    protected PanacheQuery<T> matching(Filters filters, Sort order) {
        return (PanacheQuery<T>) JpaOperations.INSTANCE.find(type, filters.query(), order, filters.values());
    }

    @SuppressWarnings("unchecked")
    protected PanacheQuery<T> query(String query, Object... values) {
        return (PanacheQuery<T>) JpaOperations.INSTANCE.find(type, query, values);
    }

    /** The one the version read ({@code If-Match}) names; a changed one is refused. */
    protected T current(UUID id, String ifMatch) {
        T figure = get(id);
        Versions.requireMatch(ifMatch, figure.version);
        return figure;
    }

    /** A unit this service knows, as the first check of an input. */
    protected Violations knownUnit(UUID orgUnitId) {
        return new Violations().when(orgUnits.find(orgUnitId).isEmpty(), "orgUnitId", OrgUnits.UNKNOWN);
    }

    /** Refuses a second one for the same key: the one there is changed with PUT. */
    protected void refuseSecond(Optional<T> existing, String whose) {
        existing.ifPresent(f -> {
            throw ProblemException.conflict(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + f.id + " "
                    + whose + "; change it with PUT and its ETag");
        });
    }

    /** Records a new one, created by the caller; an id set before (a name-based one) is kept. */
    protected T insert(T figure) {
        UUID given = figure.id;
        figure.created(user());
        if (given != null) {
            figure.id = given;
        }
        figure.persist();
        publish(figure, ChangeType.CREATED);
        return figure;
    }

    /** Marks a change by the caller and publishes it. */
    protected T revise(T figure) {
        figure.changed(user());
        publish(figure, ChangeType.UPDATED);
        return figure;
    }

    /** Publishes the change with its entry in the change history; a kind with a history of its own says so. */
    protected void publish(T figure, ChangeType type) {
        history.publish(figure, type);
    }

    protected String user() {
        return caller.getPrincipal().getName();
    }
}
