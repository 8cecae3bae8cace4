package se.styrkort.outcomes.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Lookup;
import se.styrkort.platform.domain.Revision;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.Outbox;

/**
 * What keeping the records of a period whose every version is kept shares (measurements,
 * assessments): what writing one needs, looking one up by id, listing them by filters, and listing
 * the versions of one. The lookups are queries, so the tenant filter applies and another region's
 * id is unknown.
 *
 * @param <T> the record
 * @param <R> its revision
 */
public abstract class Revised<T extends Tracked, R extends Revision> {

    // What writing one needs: who writes it, the plans its references are checked against, the
    // outbox and the states its event carries, and the statuses it changes.
    @Inject
    Actors actors;

    @Inject
    Plans plans;

    @Inject
    Outbox outbox;

    @Inject
    EventStates states;

    @Inject
    StatusRecomputation statuses;

    private final Class<T> type;
    private final String noun;
    private final Class<R> revisionType;
    private final String revisionOf;

    /** {@code revisionOf} is the revision's field that names the record. */
    protected Revised(Class<T> type, String noun, Class<R> revisionType, String revisionOf) {
        this.type = type;
        this.noun = noun;
        this.revisionType = revisionType;
        this.revisionOf = revisionOf;
    }

    public Optional<T> find(UUID id) {
        return Lookup.byId(type, id);
    }

    public T get(UUID id) {
        return Lookup.get(type, id, noun);
    }

    /** Every version of one, oldest first. */
    @SuppressWarnings("unchecked")
    public PanacheQuery<R> revisions(UUID id) {
        get(id);
        return (PanacheQuery<R>) JpaOperations.INSTANCE.find(revisionType, revisionOf, Sort.by("version"), id);
    }

    /** The ones matching every filter given: the latest period first, then in the order they were made. */
    @SuppressWarnings("unchecked")
    protected PanacheQuery<T> matching(Filters filters) {
        Sort order = Sort.by("period").descending().and("createdAt").and("id");
        return (PanacheQuery<T>) JpaOperations.INSTANCE.find(type, filters.query(), order, filters.values());
    }
}
