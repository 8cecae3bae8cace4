package se.styrkort.bench;

import org.HdrHistogram.Histogram;

/** Latencies in microseconds, up to an hour, three significant digits. */
final class Latency {

    private final Histogram histogram = new Histogram(3_600_000_000L, 3);

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(nanos / 1000, 3_600_000_000L)));
    }

    synchronized void add(Latency other) {
        histogram.add(other.histogram);
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    /** The percentile in milliseconds. */
    synchronized double ms(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized double maxMs() {
        return histogram.getMaxValue() / 1000.0;
    }
}
