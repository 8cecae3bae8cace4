package se.styrkort.outcomes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.outcomes.domain.KnownReferences;
import se.styrkort.outcomes.domain.SourceSystems;
import se.styrkort.platform.imports.ImportLimits;
import se.styrkort.platform.imports.Spool;

/**
 * Bulk ingest of outcomes (DESIGN.md "Bulk ingest"). The body is spooled to disk within the byte
 * limit, then read twice, row by row: first to count the rows and check each one, so that a
 * request over the row limit, malformed JSON or CSV, or an all-or-nothing import with a bad row
 * writes nothing; then to write the good rows in batches, one transaction each (or one for the
 * whole import when atomic). What an import holds in memory does not grow with its rows: the first
 * reading keeps which rows are bad (a bit each), the second checks those again for the words of
 * their rejection, and the report's lines are kept on disk ({@link ImportReport}).
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class);

    @Inject
    ImportLimits limits;

    @Inject
    ObjectMapper jackson;

    @Inject
    RowCheck check;

    @Inject
    ImportBatch batch;

    @Inject
    SourceSystems sourceSystems;

    private ObjectMapper mapper;

    @PostConstruct
    void exactDecimals() {
        mapper = jackson.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public ImportReport run(InputStream body, Long contentLength, ImportFormat format, ImportDefaults defaults,
            boolean atomic) throws IOException {
        if (contentLength != null && contentLength > limits.maxBytes()) {
            throw Spool.tooLarge(limits.maxBytes());
        }
        Path file = Spool.copy(body, limits.maxBytes());
        try {
            Source source = new Source(file, format, format == ImportFormat.KOLADA ? defaults.forKolada() : defaults,
                    KnownReferences.forImport());
            BitSet rejected = checkAll(source);
            if (atomic && !rejected.isEmpty()) {
                return nothingWritten(source, rejected);
            }
            return atomic ? writeAtomically(source, rejected) : writeInBatches(source, rejected);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The first reading: the numbers of the rejected rows, or 413 past the row limit. */
    private BitSet checkAll(Source source) throws IOException {
        BitSet rejected = new BitSet();
        try (RowReader rows = open(source)) {
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                if (row.number() > limits.maxRows()) {
                    throw Spool.tooManyRows(limits.maxRows());
                }
                if (check.check(row, source.known()).reason() != null) {
                    rejected.set(Math.toIntExact(row.number()));
                }
            }
        }
        return rejected;
    }

    private ImportReport nothingWritten(Source source, BitSet rejected) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        try (RowReader rows = open(source)) {
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                ImportBatch.Checked checked = rejected.get(Math.toIntExact(row.number()))
                        ? check.check(row, source.known()) : null;
                report.add(checked != null && checked.reason() != null
                        ? RowResult.rejected(row.number(), checked.reason()) : RowResult.notWritten(row.number()));
            }
        }
        return report.build(source.format(), true, false);
    }

    private ImportReport writeInBatches(Source source, BitSet rejected) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        forEachBatch(source, rejected, rows -> report.addAll(writeOrSplit(rows)));
        return report.build(source.format(), false, true);
    }

    /** A batch that fails in the database (a concurrent write, say) is retried row by row, so one row cannot sink the others. */
    private List<RowResult> writeOrSplit(List<ImportBatch.Checked> rows) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> batch.write(rows));
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "Import batch of %d rows not written at once; writing them one by one", rows.size());
            List<RowResult> results = new ArrayList<>();
            for (ImportBatch.Checked row : rows) {
                try {
                    results.addAll(QuarkusTransaction.requiringNew().call(() -> batch.write(List.of(row))));
                } catch (RuntimeException e) {
                    LOG.warnf("Import row %d not written: %s", row.row().number(), e.toString());
                    results.add(RowResult.rejected(row.row().number(),
                            "could not be written alongside the stored data; send it again"));
                }
            }
            return results;
        }
    }

    private ImportReport writeAtomically(Source source, BitSet rejected) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        IOException[] failure = new IOException[1];
        QuarkusTransaction.requiringNew().timeout((int) limits.atomicTimeout().toSeconds()).run(() -> {
            try {
                forEachBatch(source, rejected, rows -> report.addAll(batch.write(rows)));
            } catch (IOException e) {
                failure[0] = e;
                QuarkusTransaction.setRollbackOnly();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return report.build(source.format(), true, true);
    }

    private interface BatchWork {
        void accept(List<ImportBatch.Checked> rows);
    }

    /**
     * The second reading, in batches; rejected: the rows the first reading rejected, checked again
     * here for the words of their rejection (the same rules on the same row give the same words).
     */
    private void forEachBatch(Source source, BitSet rejected, BatchWork work) throws IOException {
        List<ImportBatch.Checked> pending = new ArrayList<>(limits.batchSize());
        try (RowReader rows = open(source)) {
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                pending.add(rejected.get(Math.toIntExact(row.number())) ? check.check(row, source.known())
                        : check.checkAgain(row, source.known(), null));
                if (pending.size() == limits.batchSize()) {
                    work.accept(List.copyOf(pending));
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            work.accept(List.copyOf(pending));
        }
    }

    /** The spooled body, its format, what its rows leave to the caller, and the indicators and units they name. */
    private record Source(Path file, ImportFormat format, ImportDefaults defaults, KnownReferences known) {
    }

    private RowReader open(Source source) throws IOException {
        InputStream in = Files.newInputStream(source.file());
        RowReader raw;
        try {
            raw = switch (source.format()) {
                case CSV -> new CsvRowReader(in);
                case JSON -> new JsonRowReader(mapper, in, (n, e) -> JsonRowReader.measurement(mapper, n, e), false);
                case KOLADA -> new JsonRowReader(mapper, in, KoladaDocument::read, true);
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        CodeResolver codes = new CodeResolver(sourceSystems);
        return new RowReader() {
            @Override
            public ImportRow next() throws IOException {
                ImportRow row = raw.next();
                return row == null || row.input() == null ? row
                        : codes.resolve(row.with(source.defaults().fill(row.input())));
            }

            @Override
            public void close() throws IOException {
                raw.close();
            }
        };
    }
}
