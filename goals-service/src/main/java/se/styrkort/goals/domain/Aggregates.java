package se.styrkort.goals.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Lookup;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/**
 * What keeping one kind of aggregate from its input shares: looking one up by id (a query, so the
 * tenant filter applies and another region's id is unknown), and writing a new or changed one with
 * its event in one transaction, by the caller. A keeper says what is particular to its kind: what a
 * new one starts from, what must hold before a change, and how the input fills it.
 *
 * @param <T> the aggregate
 * @param <I> the request that creates or changes it
 */
public abstract class Aggregates<T extends Tracked, I> {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    private final Class<T> type;
    private final String noun;

    protected Aggregates(Class<T> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    public Optional<T> find(UUID id) {
        return Lookup.byId(type, id);
    }

    public T get(UUID id) {
        return Lookup.get(type, id, noun);
    }

    /** One that another record is about to name in {@code field}. */
    public T require(String field, UUID id) {
        return find(id).orElseThrow(() -> ProblemException.badField(field, "no " + noun + " with id " + id));
    }

    @Transactional
    public T create(I input) {
        check(input);
        T created = start(input);
        created.created(user());
        apply(created, input);
        created.persist();
        events.publish(created, ChangeType.CREATED);
        return created;
    }

    @Transactional
    public T update(UUID id, String ifMatch, I input) {
        check(input);
        T changed = get(id);
        requireChangeable(changed);
        Versions.requireMatch(ifMatch, changed.version);
        keep(changed, input);
        apply(changed, input);
        return publishChange(changed);
    }

    /** Refuses an input that is wrong in itself (dates, years), before anything is looked up. */
    protected void check(I input) {
    }

    /** A new one with what ties it to its parent set, once the parent is checked. */
    protected abstract T start(I input);

    /** Fills it from the input, checking what refers elsewhere. */
    protected abstract void apply(T aggregate, I input);

    /** Refuses a change before the version is compared, as to an adopted plan's parts. */
    protected void requireChangeable(T aggregate) {
    }

    /** Refuses what a change may not move (its parent), and changes what only a change may. */
    protected void keep(T aggregate, I input) {
    }

    /** Refuses an input that moves the aggregate away from the parent it was created under. */
    protected static void stays(UUID parent, UUID given, String field, String message) {
        if (!parent.equals(given)) {
            throw ProblemException.badField(field, message);
        }
    }

    /** Marks a change by the caller and announces it. */
    protected T publishChange(T changed) {
        changed.changed(user());
        events.publish(changed, ChangeType.UPDATED);
        return changed;
    }

    /** What an aggregate of this kind is called in an answer ("no goal with id …"). */
    protected String noun() {
        return noun;
    }

    protected String user() {
        return caller.getPrincipal().getName();
    }
}
