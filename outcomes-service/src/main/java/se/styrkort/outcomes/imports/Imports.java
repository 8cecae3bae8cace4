package se.styrkort.outcomes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.outcomes.domain.KnownReferences;
import se.styrkort.outcomes.domain.Plans;
import se.styrkort.outcomes.domain.SourceSystems;
import se.styrkort.platform.imports.ImportJob;
import se.styrkort.platform.imports.ImportJobs;
import se.styrkort.platform.imports.ImportPipeline;
import se.styrkort.platform.imports.ImportReport;
import se.styrkort.platform.imports.RowReader;
import se.styrkort.platform.imports.RowResult;

/**
 * Bulk ingest of outcomes through the platform's {@link ImportPipeline}: what is outcomes-service's
 * own is here, the three forms a row comes in (JSON, CSV, Kolada), the defaults and codes that
 * complete a row, the rules a row is held to ({@link RowCheck}) and how a batch is written
 * ({@link ImportBatch}). The second reading takes the first one's verdict for a good row instead of
 * validating it again.
 */
@ApplicationScoped
public class Imports {

    @Inject
    ImportPipeline pipeline;

    @Inject
    ImportJobs jobs;

    @Inject
    ObjectMapper jackson;

    @Inject
    RowCheck check;

    @Inject
    ImportBatch batch;

    @Inject
    SourceSystems sourceSystems;

    @Inject
    Plans plans;

    private ObjectMapper mapper;

    @PostConstruct
    void exactDecimals() {
        mapper = jackson.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Imports the body at once; a CSV body is read in {@code charset}. */
    public ImportReport run(InputStream body, Long contentLength, ImportFormat format, Charset charset,
            ImportDefaults defaults, boolean atomic) throws IOException {
        return pipeline.run(body, contentLength, atomic, job(new JobOptions(format, charset.name(), defaults)));
    }

    /**
     * Imports the body at once, or as a job ({@link MeasurementImportJobs}) when the client prefers
     * {@code respond-async} or the body is large; the platform's {@link ImportJobs} decides.
     */
    public ImportJobs.Answer runOrSubmit(InputStream body, Long contentLength, ImportFormat format, Charset charset,
            ImportDefaults defaults, boolean atomic, String prefer, String idempotencyKey) throws IOException {
        JobOptions options = new JobOptions(format, charset.name(), defaults);
        return jobs.run(body, contentLength, atomic, job(options), prefer, idempotencyKey, MeasurementImportJobs.KIND,
                options.json(jackson));
    }

    /** The import the options describe: the one seam both a request and a job write their rows through. */
    ImportJob<ImportRow, ImportBatch.Checked> job(JobOptions options) {
        ImportDefaults defaults = options.defaults();
        return new Job(options.format(), Charset.forName(options.charset()),
                options.format() == ImportFormat.KOLADA ? defaults.forKolada() : defaults, KnownReferences.forImport(plans));
    }

    /** One import: its format, what its rows leave to the caller, and the indicators and units they name. */
    private final class Job implements ImportJob<ImportRow, ImportBatch.Checked> {

        private final ImportFormat format;
        private final Charset charset;
        private final ImportDefaults defaults;
        private final KnownReferences known;

        Job(ImportFormat format, Charset charset, ImportDefaults defaults, KnownReferences known) {
            this.format = format;
            this.charset = charset;
            this.defaults = defaults;
            this.known = known;
        }

        @Override
        public String format() {
            return format.name();
        }

        @Override
        public long number(ImportRow row) {
            return row.number();
        }

        @Override
        public ImportBatch.Checked check(ImportRow row) {
            return check.check(row, known);
        }

        @Override
        public ImportBatch.Checked checkPassed(ImportRow row) {
            return check.checkAgain(row, known, null);
        }

        @Override
        public List<RowResult> write(List<ImportBatch.Checked> rows) {
            return batch.write(rows);
        }

        @Override
        public RowReader<ImportRow> read(InputStream in) throws IOException {
            RowReader<ImportRow> raw = switch (format) {
                case CSV -> CsvRowReader.open(in, charset);
                case JSON -> new JsonRowReader(mapper, in, (n, e) -> JsonRowReader.measurement(mapper, n, e), false);
                case KOLADA -> new JsonRowReader(mapper, in, KoladaDocument::read, true);
            };
            CodeResolver codes = new CodeResolver(sourceSystems, plans);
            return new RowReader<>() {
                @Override
                public ImportRow next() throws IOException {
                    ImportRow row = raw.next();
                    return row == null || row.input() == null ? row : codes.resolve(row.with(defaults.fill(row.input())));
                }

                @Override
                public void close() throws IOException {
                    raw.close();
                }
            };
        }
    }
}
