package se.styrkort.platform.events;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The relay without its sweep: it drains only after an {@link Outbox} write, so rows a test inserts
 * into {@code outbox_event} directly stay there for the test to read and move.
 */
public class RelayIdle implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "relay-idle";
    }
}
