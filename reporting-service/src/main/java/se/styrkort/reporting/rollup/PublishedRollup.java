package se.styrkort.reporting.rollup;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * A roll-up as last published on {@code styrkort.reporting}: one aggregate per (plan, period, level,
 * key), its id a name-based UUID of those, its version growing with every published change.
 */
@Entity
@Table(name = "rollup")
public class PublishedRollup extends Tracked {

    public static final String PUBLISHER = "reporting-service";

    @Column(nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RollupLevel level;

    public UUID keyId;

    @Column(nullable = false)
    public String keyName;

    @Column(nullable = false)
    public int green;

    @Column(nullable = false)
    public int yellow;

    @Column(nullable = false)
    public int red;

    @Column(nullable = false)
    public int notMeasurable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status overallStatus;

    @Override
    public String aggregateType() {
        return "rollup";
    }

    public static UUID idOf(String tenant, UUID planId, String period, RollupLevel level, UUID keyId) {
        return UUID.nameUUIDFromBytes(("rollup:" + tenant + ":" + planId + ":" + period + ":" + level + ":" + keyId)
                .getBytes(StandardCharsets.UTF_8));
    }

    public Rollup rollup() {
        return Rollup.of(Map.of(Status.GREEN, green, Status.YELLOW, yellow, Status.RED, red, Status.NOT_MEASURABLE,
                notMeasurable));
    }

    /** Takes the roll-up's figures; answers whether anything published changed. */
    boolean take(String name, Rollup r) {
        boolean changed = !name.equals(keyName) || green != r.counts().get(Status.GREEN)
                || yellow != r.counts().get(Status.YELLOW) || red != r.counts().get(Status.RED)
                || notMeasurable != r.counts().get(Status.NOT_MEASURABLE) || overallStatus != r.overall();
        keyName = name;
        green = r.counts().get(Status.GREEN);
        yellow = r.counts().get(Status.YELLOW);
        red = r.counts().get(Status.RED);
        notMeasurable = r.counts().get(Status.NOT_MEASURABLE);
        overallStatus = r.overall();
        return changed;
    }
}
