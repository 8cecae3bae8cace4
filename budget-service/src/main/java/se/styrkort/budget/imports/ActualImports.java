package se.styrkort.budget.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.budget.domain.ActualInput;
import se.styrkort.budget.domain.Actuals;
import se.styrkort.budget.domain.OrgUnits;
import se.styrkort.platform.imports.ImportJob;
import se.styrkort.platform.imports.ImportPipeline;
import se.styrkort.platform.imports.ImportReport;
import se.styrkort.platform.imports.RowOutcome;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.imports.RowResult;
import se.styrkort.platform.imports.RowValidation;

/**
 * Bulk ingest of actuals through the platform's {@link ImportPipeline}: what is budget-service's own
 * is here, the rows of JSON or CSV, the rules a row is held to (those a single actual is held to)
 * and how a batch is written.
 */
@ApplicationScoped
public class ActualImports {

    /** What the report's lines call the actual a row was written as. */
    static final String ID = "actualId";

    @Inject
    ImportPipeline pipeline;

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

    /** Imports the body; a CSV body is read in {@code charset}. */
    public ImportReport run(InputStream body, Long contentLength, ImportFormat format, Charset charset, boolean atomic)
            throws IOException {
        return pipeline.run(body, contentLength, atomic, new Job(format, charset));
    }

    /** A row read and checked: null reason when it can be written. */
    private record CheckedRow(ImportRow row, String reason) implements ImportJob.Checked {

        @Override
        public long number() {
            return row.number();
        }
    }

    /** One import: its format, and which org units its rows named are known. */
    private final class Job implements ImportJob<ImportRow, CheckedRow> {

        private final ImportFormat format;
        private final Charset charset;
        private final Map<UUID, Boolean> knownUnits = new HashMap<>();

        Job(ImportFormat format, Charset charset) {
            this.format = format;
            this.charset = charset;
        }

        @Override
        public String format() {
            return format.name();
        }

        @Override
        public RowReader<ImportRow> read(InputStream in) throws IOException {
            return format == ImportFormat.CSV ? CsvRowReader.open(in, charset) : new JsonRowReader(mapper, in);
        }

        @Override
        public long number(ImportRow row) {
            return row.number();
        }

        /** Why the row cannot be written, in the words a single POST would get, or null when it can. */
        @Override
        public CheckedRow check(ImportRow row) {
            return new CheckedRow(row, reasonAgainst(row));
        }

        private String reasonAgainst(ImportRow row) {
            if (row.unreadable() != null) {
                return row.unreadable();
            }
            ActualInput input = row.input();
            String violations = RowValidation.reason(validator, input);
            if (violations != null) {
                return violations;
            }
            List<String> reasons = new ArrayList<>();
            if (!knownUnits.computeIfAbsent(input.orgUnitId(), id -> orgUnits.find(id).isPresent())) {
                reasons.add("orgUnitId: " + OrgUnits.UNKNOWN);
            }
            String sign = input.category().signViolation(input.amount());
            if (sign != null) {
                reasons.add("amount: " + sign);
            }
            return reasons.isEmpty() ? null : String.join("; ", reasons);
        }

        /** Writes a batch's good rows in the current transaction; the report's lines in row order. */
        @Override
        public List<RowResult> write(List<CheckedRow> rows) {
            List<ActualInput> good = rows.stream().filter(r -> r.reason() == null).map(r -> r.row().input()).toList();
            List<Actuals.Written> written = actuals.upsert(good);
            List<RowResult> results = new ArrayList<>(rows.size());
            int next = 0;
            for (CheckedRow row : rows) {
                if (row.reason() != null) {
                    results.add(RowResult.rejected(row.number(), row.reason()));
                } else {
                    Actuals.Written w = written.get(next++);
                    results.add(RowResult.of(row.number(), RowOutcome.valueOf(w.outcome().name()), ID, w.actual().id,
                            w.actual().version));
                }
            }
            return results;
        }
    }
}
