package se.styrkort.reporting.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which of a plan's roll-ups in a period changed: the roll-ups as computed now against those last
 * published. A key published for the first time is new; one whose counts, name or overall status
 * differ is changed; one with no goals left (a unit that owns none now) changes once more, to zero
 * counts. Everything else is unchanged and publishes nothing.
 */
public final class RollupChanges {

    /** A roll-up to publish, with the figures it now has: new, or changed since it was last published. */
    public record Change(PublishedRollup rollup, boolean created) {
    }

    private RollupChanges() {
    }

    /**
     * The changes from {@code published} to {@code computed}, in the order computed (the keys gone
     * last). A changed roll-up takes its new figures; a new one is made, not yet stored.
     */
    public static List<Change> between(Collection<PublishedRollup> published, List<Rollups.Group> computed, String tenant,
            UUID plan, String period) {
        Map<UUID, PublishedRollup> existing = new LinkedHashMap<>();
        published.forEach(r -> existing.put(r.id, r));
        List<Change> changes = new ArrayList<>();
        for (Rollups.Group g : computed) {
            UUID id = PublishedRollup.idOf(tenant, plan, period, g.level(), g.keyId());
            PublishedRollup p = existing.remove(id);
            if (p == null) {
                p = new PublishedRollup();
                p.id = id;
                p.planId = plan;
                p.period = period;
                p.level = g.level();
                p.keyId = g.keyId();
                p.createdAt = Instant.now();
                p.createdBy = PublishedRollup.PUBLISHER;
                p.changed(PublishedRollup.PUBLISHER);
                p.take(g.keyName(), g.rollup());
                changes.add(new Change(p, true));
            } else if (p.take(g.keyName(), g.rollup())) {
                p.changed(PublishedRollup.PUBLISHER);
                changes.add(new Change(p, false));
            }
        }
        for (PublishedRollup gone : existing.values()) {
            if (gone.take(gone.keyName, Rollup.of(List.of()))) {
                gone.changed(PublishedRollup.PUBLISHER);
                changes.add(new Change(gone, false));
            }
        }
        return changes;
    }
}
