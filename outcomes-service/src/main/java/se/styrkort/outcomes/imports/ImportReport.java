package se.styrkort.outcomes.imports;

import java.util.ArrayList;
import java.util.List;

import se.styrkort.platform.imports.RowOutcome;

/**
 * The answer to an import: counts by outcome and one line per row, in row order. {@code written}
 * is false only when an all-or-nothing import had a bad row.
 */
public record ImportReport(ImportFormat format, boolean atomic, boolean written, long rows, long accepted,
        long unchanged, long revised, long rejected, List<RowResult> results) {

    /** Collects the lines as the rows are done. */
    static final class Builder {

        private final List<RowResult> results = new ArrayList<>();
        private final long[] counts = new long[RowOutcome.values().length];

        Builder add(RowResult result) {
            results.add(result);
            counts[result.outcome().ordinal()]++;
            return this;
        }

        Builder addAll(List<RowResult> batch) {
            batch.forEach(this::add);
            return this;
        }

        ImportReport build(ImportFormat format, boolean atomic, boolean written) {
            return new ImportReport(format, atomic, written, results.size(), count(RowOutcome.ACCEPTED),
                    count(RowOutcome.UNCHANGED), count(RowOutcome.REVISED), count(RowOutcome.REJECTED),
                    List.copyOf(results));
        }

        private long count(RowOutcome outcome) {
            return counts[outcome.ordinal()];
        }
    }
}
