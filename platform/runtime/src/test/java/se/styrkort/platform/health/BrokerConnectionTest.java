package se.styrkort.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.styrkort.platform.health.BrokerConnection.Reach;

/** What the probes' answers make of the broker's state: away after two misses in a row, since the first. */
class BrokerConnectionTest {

    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void twoMissesInARowMakeTheBrokerUnreachableSinceTheFirst() {
        BrokerConnection broker = at(T0);
        broker.bootstrapServers = "127.0.0.1:9092";
        assertEquals(Reach.UNKNOWN, broker.state().reach());

        broker.reached();
        assertEquals(Reach.REACHABLE, broker.state().reach());
        assertEquals(0, broker.unreachableSeconds());

        broker.missed("refused");
        assertEquals(Reach.REACHABLE, broker.state().reach(), "one miss alone is no outage");
        broker.reached();
        broker.clock = Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC);
        broker.missed("refused");
        broker.clock = Clock.fixed(T0.plusSeconds(12), ZoneOffset.UTC);
        broker.missed("timed out");
        assertEquals(Reach.UNREACHABLE, broker.state().reach());
        assertEquals(T0.plusSeconds(10), broker.state().since());
        assertEquals("timed out", broker.state().error());

        broker.clock = Clock.fixed(T0.plusSeconds(40), ZoneOffset.UTC);
        broker.missed("refused");
        assertEquals(T0.plusSeconds(10), broker.state().since(), "still away since the first miss");
        assertEquals(30, broker.unreachableSeconds());

        broker.reached();
        assertEquals(Reach.REACHABLE, broker.state().reach());
        assertEquals(T0.plusSeconds(40), broker.state().since());
        assertNull(broker.state().error());
        assertEquals(0, broker.unreachableSeconds());
    }

    private static BrokerConnection at(Instant now) {
        BrokerConnection broker = new BrokerConnection();
        broker.clock = Clock.fixed(now, ZoneOffset.UTC);
        broker.timeout = Duration.ofSeconds(2);
        return broker;
    }
}
