package se.styrkort.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The one way a service imports rows in bulk. The body is copied to disk within the byte limit,
 * then read twice, row by row: first to count the rows and check each one, so that a request over
 * the row limit, a malformed body or an all-or-nothing import with a bad row writes nothing; then
 * to write the rows in batches of {@code styrkort.imports.batch-size}, one transaction each (or one
 * for the whole import when atomic). A batch the database refuses is written again row by row, so
 * one row cannot sink the others. What an import holds in memory does not grow with its rows: the
 * first reading keeps which rows are bad (a bit each), and the report's lines are kept on disk.
 */
@ApplicationScoped
public class ImportPipeline {

    private static final Logger LOG = Logger.getLogger(ImportPipeline.class);

    /** The words of a row written alone after its batch failed, and failed again. */
    public static final String NOT_WRITTEN_ALONE = "could not be written alongside the stored data; send it again";

    @Inject
    ImportLimits limits;

    @Inject
    ObjectMapper jackson;

    public <R, C extends ImportJob.Checked> ImportReport run(InputStream body, Long contentLength, boolean atomic,
            ImportJob<R, C> job) throws IOException {
        if (contentLength != null && contentLength > limits.maxBytes()) {
            throw Spool.tooLarge(limits.maxBytes());
        }
        Path file = Spool.copy(body, limits.maxBytes());
        try {
            return run(file, atomic, job);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Imports a body already spooled to the file, which the caller deletes. */
    public <R, C extends ImportJob.Checked> ImportReport run(Path file, boolean atomic, ImportJob<R, C> job)
            throws IOException {
        BitSet rejected = checkAll(file, job);
        if (atomic && !rejected.isEmpty()) {
            return nothingWritten(file, job, rejected);
        }
        return atomic ? writeAtomically(file, job, rejected) : writeInBatches(file, job, rejected);
    }

    private static <R> RowReader<R> open(Path file, ImportJob<R, ?> job) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return job.read(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first reading: the numbers of the rejected rows, or 413 past the row limit. */
    private <R, C extends ImportJob.Checked> BitSet checkAll(Path file, ImportJob<R, C> job) throws IOException {
        BitSet rejected = new BitSet();
        try (RowReader<R> rows = open(file, job)) {
            for (R row = rows.next(); row != null; row = rows.next()) {
                long number = job.number(row);
                if (number > limits.maxRows()) {
                    throw Spool.tooManyRows(limits.maxRows());
                }
                if (job.check(row).reason() != null) {
                    rejected.set(Math.toIntExact(number));
                }
            }
        }
        return rejected;
    }

    /** An all-or-nothing import with bad rows: those are checked again for the words of their rejection. */
    private <R, C extends ImportJob.Checked> ImportReport nothingWritten(Path file, ImportJob<R, C> job, BitSet rejected)
            throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        try (RowReader<R> rows = open(file, job)) {
            for (R row = rows.next(); row != null; row = rows.next()) {
                long number = job.number(row);
                String reason = rejected.get(Math.toIntExact(number)) ? job.check(row).reason() : null;
                report.add(reason != null ? RowResult.rejected(number, reason) : RowResult.notWritten(number));
            }
        }
        return report.build(job.format(), true, false);
    }

    private <R, C extends ImportJob.Checked> ImportReport writeInBatches(Path file, ImportJob<R, C> job, BitSet rejected)
            throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        forEachBatch(file, job, rejected, rows -> report.addAll(writeOrSplit(job, rows)));
        return report.build(job.format(), false, true);
    }

    /**
     * A batch that fails in the database (a concurrent write, say) is retried row by row, so one row cannot sink the others.
     */
    private <C extends ImportJob.Checked> List<RowResult> writeOrSplit(ImportJob<?, C> job, List<C> rows) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> job.write(rows));
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "Import batch of %d rows not written at once; writing them one by one", rows.size());
            List<RowResult> results = new ArrayList<>();
            for (C row : rows) {
                try {
                    results.addAll(QuarkusTransaction.requiringNew().call(() -> job.write(List.of(row))));
                } catch (RuntimeException e) {
                    LOG.warnf("Import row %d not written: %s", row.number(), e.toString());
                    results.add(RowResult.rejected(row.number(), NOT_WRITTEN_ALONE));
                }
            }
            return results;
        }
    }

    private <R, C extends ImportJob.Checked> ImportReport writeAtomically(Path file, ImportJob<R, C> job,
            BitSet rejected) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        IOException[] failure = new IOException[1];
        QuarkusTransaction.requiringNew().timeout((int) limits.atomicTimeout().toSeconds()).run(() -> {
            try {
                forEachBatch(file, job, rejected, rows -> report.addAll(job.write(rows)));
            } catch (IOException e) {
                failure[0] = e;
                QuarkusTransaction.setRollbackOnly();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return report.build(job.format(), true, true);
    }

    /**
     * The second reading, in batches: the rows the first reading rejected are checked fully again for
     * the words of their rejection (the same rules on the same row give the same words), the others
     * as the job allows.
     */
    private <R, C extends ImportJob.Checked> void forEachBatch(Path file, ImportJob<R, C> job, BitSet rejected,
            Consumer<List<C>> work) throws IOException {
        List<C> pending = new ArrayList<>(limits.batchSize());
        try (RowReader<R> rows = open(file, job)) {
            for (R row = rows.next(); row != null; row = rows.next()) {
                pending.add(rejected.get(Math.toIntExact(job.number(row))) ? job.check(row) : job.checkPassed(row));
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
}
