package se.styrkort.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a service's heap is collected to give it back: only idle, and only after it grew. */
class IdleCollectorTest {

    private static final long MIB = 1L << 20;

    /** A heap whose collections and committed size the test sets; a full collection shrinks it to 40 MiB. */
    private static final class Heap {
        long collections;
        long committed = 32 * MIB;
        int fullCollections;

        IdleCollector collector() {
            return new IdleCollector(() -> collections, () -> committed, () -> {
                fullCollections++;
                collections++;
                committed = 40 * MIB;
            }, 32 * MIB);
        }
    }

    @Test
    void aBusyHeapIsLeftAloneHoweverLargeItGrew() {
        Heap heap = new Heap();
        IdleCollector collector = heap.collector();
        heap.committed = 160 * MIB;
        for (int check = 0; check < 10; check++) {
            heap.collections += 3;
            assertFalse(collector.collectIfIdle());
        }
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void aHeapThatGrewIsCollectedOnceAfterTwoQuietChecks() {
        Heap heap = new Heap();
        IdleCollector collector = heap.collector();
        heap.collections = 7;
        heap.committed = 140 * MIB;

        assertFalse(collector.collectIfIdle(), "the first check only counts");
        assertFalse(collector.collectIfIdle(), "one quiet check is not yet idle");
        assertTrue(collector.collectIfIdle());
        assertEquals(1, heap.fullCollections);

        // Idle from then on, and the heap no larger: no more pauses.
        for (int check = 0; check < 10; check++) {
            assertFalse(collector.collectIfIdle());
        }
        assertEquals(1, heap.fullCollections);
    }

    @Test
    void theNextLoadIsGivenBackOnlyWhenItGrewTheHeapAgain() {
        Heap heap = new Heap();
        IdleCollector collector = heap.collector();
        heap.committed = 100 * MIB;
        for (int check = 0; check < 3; check++) {
            collector.collectIfIdle();
        }
        assertEquals(1, heap.fullCollections);

        // A small load: some collections, the heap 5 MiB over what the last full collection left.
        heap.collections += 5;
        heap.committed = 45 * MIB;
        for (int check = 0; check < 5; check++) {
            assertFalse(collector.collectIfIdle());
        }
        // A larger one.
        heap.collections += 50;
        heap.committed = 120 * MIB;
        collector.collectIfIdle();
        collector.collectIfIdle();
        assertTrue(collector.collectIfIdle());
        assertEquals(2, heap.fullCollections);
    }
}
