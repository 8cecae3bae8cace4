package se.styrkort.platform.domain;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * New ids, where an id is not derived from a name (as statuses' are, so that every service can name
 * them): UUID version 7 (RFC 9562), time-ordered. Rows made together sit side by side in each index
 * on their id, so an insert writes to the index's newest pages instead of a random one each, and a
 * consumer looking up a batch's ids reads a few pages instead of some three per id (docs/adr/0007).
 * Such an id tells when it was made, to the millisecond, as the row's own timestamps
 * do; what a token may see is decided by its tenant, never by an id being hard to guess.
 */
public final class Ids {

    // Thread-safe, and monotonic within a millisecond (JUG).
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
