package se.styrkort.platform.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer to an import: its format, counts by outcome and one line per row, in row order.
 * {@code written} is false only when an all-or-nothing import had a bad row. The lines are kept on
 * disk until the answer is written ({@link ReportLines}).
 */
public record ImportReport(String format, boolean atomic, boolean written, long rows, long accepted, long unchanged,
        long revised, long rejected,
        @Schema(type = SchemaType.ARRAY, implementation = RowResult.class) ReportLines results) {

    /** Collects the lines as the rows are done. */
    public static final class Builder {

        private final ReportLines results;
        private final long[] counts = new long[RowOutcome.values().length];

        public Builder(ObjectMapper mapper) {
            results = new ReportLines(mapper);
        }

        public Builder add(RowResult result) {
            results.add(result);
            counts[result.outcome().ordinal()]++;
            return this;
        }

        public Builder addAll(List<RowResult> batch) {
            batch.forEach(this::add);
            return this;
        }

        public ImportReport build(String format, boolean atomic, boolean written) {
            return new ImportReport(format, atomic, written, results.size(), count(RowOutcome.ACCEPTED),
                    count(RowOutcome.UNCHANGED), count(RowOutcome.REVISED), count(RowOutcome.REJECTED),
                    results.finish());
        }

        private long count(RowOutcome outcome) {
            return counts[outcome.ordinal()];
        }
    }
}
