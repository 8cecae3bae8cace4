package se.styrkort.goals.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import se.styrkort.platform.problem.ProblemException;

/** The rule every tree of the plan structure keeps: a node is never placed below itself. */
final class Trees {

    private Trees() {
    }

    /**
     * Walks up from the proposed parent; meeting the node itself means the move would close a
     * cycle. {@code parentOf} answers null at a root.
     */
    static void refuseCycle(String field, UUID self, UUID newParent, Function<UUID, UUID> parentOf) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = newParent; at != null; at = parentOf.apply(at)) {
            if (at.equals(self)) {
                throw ProblemException.badField(field, "would place it below itself");
            }
            if (!seen.add(at)) {
                return; // a cycle stored before this rule; not this change's doing
            }
        }
    }
}
