package se.styrkort.outcomes.domain;

import java.util.Collection;
import java.util.UUID;

/**
 * Keeps the stored statuses true to what they follow from. Every write that changes an outcome, the
 * plan structure or a goal's assessment calls it within its own transaction, so a status and the
 * change behind it commit together. The status computation answers it.
 */
public interface StatusRecomputation {

    /** After measurements were written (or moved away from these identities). */
    void outcomesChanged(Collection<MeasurementIdentity> written);

    /** After the plan structure changed: every status of these indicators and goals. */
    void structureChanged(Affected affected);

    /** After an assessment of a goal: that goal's status for that period. */
    void goalAssessed(UUID goalId, String period);
}
