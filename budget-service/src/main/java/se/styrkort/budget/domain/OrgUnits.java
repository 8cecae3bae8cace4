package se.styrkort.budget.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.styrkort.platform.problem.ProblemException;

/**
 * The org units this service knows, kept by the {@code replica} from goals-service's events, and
 * the check that a request names a known one.
 */
public interface OrgUnits {

    String UNKNOWN = "no org unit with this id";

    /** The unit in the caller's organization; none for an unknown id or one of another. */
    Optional<OrgUnit> find(UUID id);

    /** The units directly below the given one. */
    List<OrgUnit> children(UUID parentId);

    /**
     * The unit named in a request's field. One that is unknown and one of another organization
     * get the same answer, so that no region learns another's units.
     */
    default OrgUnit require(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.badField(field, UNKNOWN));
    }
}
