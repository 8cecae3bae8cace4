package se.styrkort.budget.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrkort.budget.domain.ActualInput;
import se.styrkort.budget.domain.Actuals;
import se.styrkort.budget.domain.OrgUnits;
import se.styrkort.platform.imports.ImportLimits;
import se.styrkort.platform.imports.RowOutcome;
import se.styrkort.platform.imports.Spool;

/**
 * Bulk import of actuals, the way outcomes-service imports measurements: the body is spooled to
 * disk within the byte limit, then read twice, row by row: first to count the rows and check each
 * one, so that a request over the row limit, malformed JSON or CSV, or an all-or-nothing import
 * with a bad row writes nothing; then to write the good rows in batches, one transaction each
 * (or one for the whole import when atomic). A row is held to the rules a single actual is. What
 * an import holds in memory does not grow with its rows: the first reading keeps which rows are
 * bad (a bit each), and the report's lines are kept on disk ({@link ImportReport}).
 */
@ApplicationScoped
public class ActualImports {

    private static final Logger LOG = Logger.getLogger(ActualImports.class);

    @Inject
    ImportLimits limits;

    @Inject
    ObjectMapper jackson;

    @Inject
    Validator validator;

    @Inject
    Actuals actuals;

    @Inject
    OrgUnits orgUnits;

    private ObjectMapper mapper;

    @PostConstruct
    void exactDecimals() {
        mapper = jackson.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public ImportReport run(InputStream body, Long contentLength, ImportFormat format, boolean atomic)
            throws IOException {
        if (contentLength != null && contentLength > limits.maxBytes()) {
            throw Spool.tooLarge(limits.maxBytes());
        }
        Path file = Spool.copy(body, limits.maxBytes());
        try {
            Source source = new Source(file, format, new HashMap<>());
            BitSet rejected = checkAll(source);
            if (atomic && !rejected.isEmpty()) {
                return nothingWritten(source, rejected);
            }
            return atomic ? writeAtomically(source) : writeInBatches(source);
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
                if (reasonAgainst(source, row) != null) {
                    rejected.set(Math.toIntExact(row.number()));
                }
            }
        }
        return rejected;
    }

    /** Why the row cannot be written, in the words a single POST would get, or null when it can. */
    private String reasonAgainst(Source source, ImportRow row) {
        if (row.unreadable() != null) {
            return row.unreadable();
        }
        ActualInput input = row.input();
        String violations = validator.validate(input).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            return violations;
        }
        List<String> reasons = new ArrayList<>();
        if (!source.knownUnits().computeIfAbsent(input.orgUnitId(), id -> orgUnits.find(id).isPresent())) {
            reasons.add("orgUnitId: " + OrgUnits.UNKNOWN);
        }
        String sign = input.category().signViolation(input.amount());
        if (sign != null) {
            reasons.add("amount: " + sign);
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /**
     * The second reading of an all-or-nothing import with bad rows: those are checked again for the
     * words of their rejection.
     */
    private ImportReport nothingWritten(Source source, BitSet rejected) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        try (RowReader rows = open(source)) {
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                String reason = rejected.get(Math.toIntExact(row.number())) ? reasonAgainst(source, row) : null;
                report.add(reason != null ? RowResult.rejected(row.number(), reason)
                        : RowResult.notWritten(row.number()));
            }
        }
        return report.build(source.format(), true, false);
    }

    private ImportReport writeInBatches(Source source) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        forEachBatch(source, rows -> report.addAll(writeOrSplit(rows)));
        return report.build(source.format(), false, true);
    }

    /** A batch that fails in the database (a concurrent write, say) is retried row by row, so one row cannot sink the others. */
    private List<RowResult> writeOrSplit(List<Checked> rows) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> write(rows));
        } catch (RuntimeException batchFailed) {
            List<RowResult> results = new ArrayList<>();
            for (Checked row : rows) {
                try {
                    results.addAll(QuarkusTransaction.requiringNew().call(() -> write(List.of(row))));
                } catch (RuntimeException e) {
                    LOG.warnf("Import row %d not written: %s", row.row().number(), e.toString());
                    results.add(RowResult.rejected(row.row().number(),
                            "could not be written alongside the stored data; send it again"));
                }
            }
            return results;
        }
    }

    private ImportReport writeAtomically(Source source) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(jackson);
        IOException[] failure = new IOException[1];
        QuarkusTransaction.requiringNew().timeout((int) limits.atomicTimeout().toSeconds()).run(() -> {
            try {
                forEachBatch(source, rows -> report.addAll(write(rows)));
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

    /** Writes a batch's good rows in the current transaction; the report's lines in row order. */
    private List<RowResult> write(List<Checked> rows) {
        List<ActualInput> good = rows.stream().filter(r -> r.reason() == null).map(r -> r.row().input()).toList();
        List<Actuals.Written> written = actuals.upsert(good);
        List<RowResult> results = new ArrayList<>(rows.size());
        int next = 0;
        for (Checked row : rows) {
            if (row.reason() != null) {
                results.add(RowResult.rejected(row.row().number(), row.reason()));
            } else {
                Actuals.Written w = written.get(next++);
                results.add(new RowResult(row.row().number(), RowOutcome.valueOf(w.outcome().name()), w.actual().id,
                        w.actual().version, null));
            }
        }
        return results;
    }

    private interface BatchWork {
        void accept(List<Checked> rows);
    }

    private void forEachBatch(Source source, BatchWork work) throws IOException {
        List<Checked> pending = new ArrayList<>(limits.batchSize());
        try (RowReader rows = open(source)) {
            for (ImportRow row = rows.next(); row != null; row = rows.next()) {
                pending.add(new Checked(row, reasonAgainst(source, row)));
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

    /** A row read and checked: null reason when it can be written. */
    private record Checked(ImportRow row, String reason) {
    }

    /** The spooled body, its format, and which org units its rows named are known. */
    private record Source(Path file, ImportFormat format, Map<UUID, Boolean> knownUnits) {
    }

    private RowReader open(Source source) throws IOException {
        InputStream in = Files.newInputStream(source.file());
        try {
            return source.format() == ImportFormat.CSV ? new CsvRowReader(in) : new JsonRowReader(mapper, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
