package se.styrkort.reporting.events;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.reporting.rollup.PublishedRollup;
import se.styrkort.reporting.rollup.RollupFigures;
import se.styrkort.reporting.rollup.RollupFigures.Counts;
import se.styrkort.reporting.rollup.RollupFigures.Shares;
import se.styrkort.reporting.rollup.RollupFigures.WholePercent;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.reporting.rollup.Status;

/** The state of a {@code se.styrkort.rollup.changed.v1} event, mapped from the roll-up as last published. */
public record RollupState(UUID id, UUID planId, String period, RollupLevel level, UUID keyId, String keyName,
        Counts counts, Shares shares, WholePercent wholePercent, Status overallStatus, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public static RollupState of(PublishedRollup p) {
        RollupFigures f = RollupFigures.of(p.rollup());
        return new RollupState(p.id, p.planId, p.period, p.level, p.keyId, p.keyName, f.counts(), f.shares(),
                f.wholePercent(), f.overallStatus(), p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

}
