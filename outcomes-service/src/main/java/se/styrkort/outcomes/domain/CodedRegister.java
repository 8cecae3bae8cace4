package se.styrkort.outcomes.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Lookup;
import se.styrkort.platform.problem.ProblemException;

/**
 * Keeping a register whose entries other records name by code (source systems, benchmark
 * organizations): listed by code, one entry a code, renamed but never given another code. Lookups
 * are queries, so the tenant filter applies and another region's id is unknown.
 *
 * @param <T> the entry
 */
public abstract class CodedRegister<T extends Coded> {

    @Inject
    Actors actors;

    private final Class<T> type;
    private final Supplier<T> newEntry;
    private final String noun;

    protected CodedRegister(Class<T> type, Supplier<T> newEntry, String noun) {
        this.type = type;
        this.newEntry = newEntry;
        this.noun = noun;
    }

    @SuppressWarnings("unchecked")
    public PanacheQuery<T> list() {
        return (PanacheQuery<T>) JpaOperations.INSTANCE.findAll(type, Sort.by("code"));
    }

    public T get(UUID id) {
        return Lookup.get(type, id, noun);
    }

    /** The entry a code names, compared as this register compares codes. */
    public abstract Optional<T> byCode(String code);

    /** A code as this register keeps it. */
    protected String kept(String code) {
        return code;
    }

    @Transactional
    public T create(String code, String name) {
        byCode(code).ifPresent(same -> {
            throw ProblemException.conflict("There is a " + noun + " with the code " + same.code + " already");
        });
        T entry = newEntry.get();
        entry.created(actors.current());
        entry.code = kept(code);
        entry.name = name;
        entry.persist();
        return entry;
    }

    /** Renames an entry at the version read; its code, which other records carry, cannot change. */
    @Transactional
    public T rename(UUID id, String ifMatch, String code, String name) {
        T entry = get(id);
        if (!entry.code.equals(kept(code))) {
            throw ProblemException.badField("code", "cannot change; it is " + entry.code);
        }
        Versions.requireMatch(ifMatch, entry.version);
        entry.rename(name, actors.current());
        return entry;
    }
}
