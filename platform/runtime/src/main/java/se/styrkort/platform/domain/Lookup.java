package se.styrkort.platform.domain;

import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;
import se.styrkort.platform.problem.ProblemException;

/**
 * Finding one record by its id the way every service does: as a query, not {@code em.find}, so
 * that Hibernate's tenant filter applies and another region's id is simply unknown (404).
 */
public final class Lookup {

    private Lookup() {
    }

    public static <T> Optional<T> byId(Class<T> type, UUID id) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " where id = :id", type)
                .setParameter("id", id).setMaxResults(1).getResultStream().findFirst();
    }

    /** The record, or 404 naming it as {@code noun}. */
    public static <T> T get(Class<T> type, UUID id, String noun) {
        return byId(type, id).orElseThrow(() -> ProblemException.notFound(noun, id));
    }
}
