package se.styrkort.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * Benchmark 1: bulk ingest through outcomes-service's POST /api/v1/imports, CSV and JSON, against COPY
 * and a plain JDBC batch insert of the same rows into a table shaped like the service's measurement
 * table in the same PostgreSQL.
 */
final class Ingest {

    // Time-ordered ids, as outcomes-service makes them (platform domain/Ids): the baseline writes rows alike.
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    static final String FEED = "jh-feed";
    private static final String TABLE_COLUMNS = "id uuid primary key, tenant varchar(64) not null, indicator_id uuid not null,"
            + " org_unit_id uuid not null, period varchar(7) not null, value_kind varchar(16) not null, total numeric,"
            + " women numeric, men numeric, source_system varchar(200), external_row_id varchar(200), version bigint not null,"
            + " created_at timestamptz not null, created_by varchar(200) not null, updated_at timestamptz not null,"
            + " updated_by varchar(200) not null";

    /** What one format's import achieved. */
    record Result(String format, long rows, long written, long rejected, double seconds, String firstRejection) {
        double perSecond() {
            return written / seconds;
        }
    }

    private final Stack stack;
    private final Http http;
    private final Options options;
    private final Rows rows;
    /** The first row no import of this run has been given yet. */
    long nextRow;

    Ingest(Stack stack, Http http, Options options, Rows rows) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.rows = rows;
    }

    /** Imports rows [from, from + values) in chunks, stopping after the chunk that crosses the time budget. */
    Result importRows(String format, long from, long values, int budgetSeconds) {
        String url = stack.url("outcomes") + "/api/v1/imports?atomic=false";
        long done = 0;
        long written = 0;
        long rejected = 0;
        long nanos = 0;
        String firstRejection = null;
        while (done < values && nanos < budgetSeconds * 1_000_000_000L) {
            int n = (int) Math.min(options.chunkRows, values - done);
            byte[] body = "CSV".equals(format) ? rows.csv(from + done, n) : rows.json(from + done, n);
            long t0 = System.nanoTime();
            Http.Response r = http.post(url, FEED, "CSV".equals(format) ? "text/csv" : "application/json", body, Map.of(),
                    Duration.ofSeconds(Math.max(60, options.secondsLeft())));
            nanos += System.nanoTime() - t0;
            r.expectOk("import of " + n + " " + format + " rows");
            JsonNode report = r.json();
            long acc = report.path("accepted").asLong() + report.path("revised").asLong() + report.path("unchanged").asLong();
            long rej = report.path("rejected").asLong();
            if (rej > 0 && firstRejection == null) {
                for (JsonNode row : report.path("results")) {
                    if ("REJECTED".equals(row.path("outcome").asText())) {
                        firstRejection = row.path("reason").asText();
                        break;
                    }
                }
            }
            written += acc;
            rejected += rej;
            done += n;
            System.out.printf("[bench] %s import: %,d of %,d rows sent, %,d written, %,d rejected, %.1f s%n", format, done,
                    values, written, rejected, nanos / 1e9);
        }
        return new Result(format, done, written, rejected, nanos / 1e9, firstRejection);
    }

    void run(Report report) throws Exception {
        long n = Math.min(options.values, rows.capacity() / 2);
        if (n < options.values) {
            report.note("ingest: " + n + " values per format (capacity of the region's indicators x units x periods)");
        }
        // Each format gets its share of what is left of the run, keeping six minutes for the region, reads,
        // outbox and rebuild.
        int budget = (int) Math.max(20, Math.min(options.ingestSeconds, (options.secondsLeft() - 360) / 2));
        if (budget < options.ingestSeconds) {
            report.note("ingest: " + budget + " s per format (what is left of the run's time limit)");
        }
        Profile profile = Profile.start(stack, options.data, "outcomes", "outcomes-ingest-csv");
        CpuSplit cpu = CpuSplit.start(stack);
        PgStatements statements = PgStatements.start(stack, "ingest-csv");
        Result csv = importRows("CSV", 0, n, budget);
        nextRow = n;
        String csvCpu = cpu == null ? null : cpu.stop(csv.written(), "value");
        String csvStatements = statements == null ? null : statements.stop(6);
        String csvProfile = profile == null ? null : profile.stop(3);
        profile = Profile.start(stack, options.data, "outcomes", "outcomes-ingest-json");
        cpu = CpuSplit.start(stack);
        Result json = importRows("JSON", n, n, budget);
        nextRow = n + json.rows();
        String jsonCpu = cpu == null ? null : cpu.stop(json.written(), "value");
        String jsonProfile = profile == null ? null : profile.stop(3);
        if (csvCpu != null) {
            report.note("ingest CSV: " + csvCpu);
        }
        if (jsonCpu != null) {
            report.note("ingest JSON: " + jsonCpu);
        }
        for (Result r : new Result[] { csv, json }) {
            if (r.written() == 0) {
                report.notMeasured("1 ingest " + r.format(), "every row rejected, e.g. " + r.firstRejection());
            }
        }
        if (csv.written() == 0 && json.written() == 0) {
            return;
        }
        if (csvStatements != null) {
            report.note("ingest CSV: " + csvStatements);
        }
        if (csvProfile != null) {
            report.note("ingest CSV: " + csvProfile);
        }
        if (jsonProfile != null) {
            report.note("ingest JSON: " + jsonProfile);
        }
        // The baseline gets the rows the CSV import was given.
        long same = csv.rows();
        double copy = copy(same);
        double batch = batchInsert(same);
        for (Result r : new Result[] { csv, json }) {
            if (r.written() == 0) {
                continue;
            }
            String what = String.format("values/s, %s, %,d of %,d values in %.0f s%s", r.format(), r.written(), n, r.seconds(),
                    r.rejected() > 0 ? ", " + r.rejected() + " rejected (" + r.firstRejection() + ")" : "");
            report.figure("1 ingest " + r.format(), what, r.perSecond(), "values/s", copy, "COPY of " + same + " rows",
                    "≥ 20 000/s and ≥ 50 % of raw");
            report.figure("1 ingest " + r.format(), "vs JDBC batch insert", r.perSecond(), "values/s", batch,
                    "batch insert, 500 rows per commit", "≥ 50 % of raw");
        }
    }

    /**
     * The cost curve: for each of --ingest-sizes, that many values imported as CSV (5 000 rows a request,
     * one request at a time), timed to the last answer and to the pipeline settled (statuses computed,
     * events in Kafka, reporting-service's read model and roll-ups updated), against COPY of as many rows in
     * the same run. The rows follow those of the ingest figure; past the ingest plan's 648 000 natural
     * identities they come round again as revisions.
     */
    void curve(Report report, Pipeline pipeline, long firstRow) throws Exception {
        long from = firstRow;
        for (int size : options.ingestSizes) {
            String benchmark = "1 ingest curve " + String.format("%,d", size);
            int budget = (int) Math.max(0, options.secondsLeft() - 120);
            if (budget < 30) {
                report.notMeasured(benchmark, "the run's time limit (--max-minutes " + options.maxMinutes
                        + ") was reached first");
                return;
            }
            pipeline.settle(options.settleSeconds, "before the ingest of " + size);
            CpuSplit cpu = CpuSplit.start(stack);
            long t0 = System.nanoTime();
            Result r = importRows("CSV", from, size, budget);
            double answered = (System.nanoTime() - t0) / 1e9;
            double settled = pipeline.settle((int) Math.max(10, Math.min(600, options.secondsLeft() - 60)),
                    "ingest of " + size);
            double endToEnd = settled < 0 ? -1 : answered + settled;
            if (cpu != null) {
                report.note("ingest curve " + size + ": " + cpu.stop(r.written(), "value"));
            }
            if (r.written() == 0) {
                report.notMeasured(benchmark, "every row rejected, e.g. " + r.firstRejection());
                return;
            }
            double copy = copy(from, r.rows());
            String cut = r.rows() < size ? String.format(", cut at %,d by the run's time limit", r.rows()) : "";
            report.figure(benchmark, String.format("values/s to the last answer, CSV, %,d written in %.1f s%s%s", r.written(),
                    answered, cut, r.rejected() > 0 ? ", " + r.rejected() + " rejected (" + r.firstRejection() + ")" : ""),
                    r.written() / answered, "values/s", copy, String.format("COPY of %,d rows", r.rows()),
                    "≥ 20 000/s and ≥ 30 % of COPY");
            if (endToEnd > 0) {
                report.figure(benchmark, String.format("values/s end to end: the pipeline settled %.1f s after the last"
                        + " answer (%.1f s in all)", settled, endToEnd), r.written() / endToEnd, "values/s", copy,
                        "COPY", "≥ 20 000/s and ≥ 30 % of COPY");
            } else {
                report.note("ingest curve " + size + ": the pipeline was still busy after the wait (" + pipeline.lastLag + ")");
            }
            from += r.rows();
            nextRow = from;
        }
    }

    private double copy(long n) throws Exception {
        return copy(0, n);
    }

    /**
     * COPY of rows [from, from + n) into a fresh table shaped like the service's measurement table: rows/s.
     * Rows past the ingest plan's natural identities go to a tenant of their round, so that the baseline
     * writes as many rows as the import was given without breaking the unique key.
     */
    private double copy(long from0, long n) throws Exception {
        try (Connection c = stack.connect("styrkort_bench"); Statement st = c.createStatement()) {
            st.execute("drop table if exists raw_measurement_copy");
            st.execute("create table raw_measurement_copy (" + TABLE_COLUMNS
                    + ", unique (tenant, indicator_id, org_unit_id, period, value_kind))");
            st.execute("create index on raw_measurement_copy (tenant, indicator_id, period)");
            st.execute("create index on raw_measurement_copy (tenant, org_unit_id, period)");
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String now = Instant.now().toString();
            long nanos = 0;
            long capacity = rows.capacity();
            for (long from = from0; from < from0 + n; from += options.chunkRows) {
                int size = (int) Math.min(options.chunkRows, from0 + n - from);
                StringBuilder b = new StringBuilder(size * 200);
                for (long r = from; r < from + size; r++) {
                    b.append(IDS.generate()).append(",region-jh").append(r / capacity == 0 ? "" : "-" + r / capacity)
                            .append(',').append(rows.indicator(r)).append(',').append(rows.unit(r))
                            .append(',').append(rows.period(r)).append(',').append(rows.kind(r)).append(',')
                            .append(Rows.value(r)).append(",,,,,0,").append(now).append(",jh-feed,").append(now)
                            .append(",jh-feed\n");
                }
                String text = b.toString();
                long t0 = System.nanoTime();
                copy.copyIn("copy raw_measurement_copy from stdin with (format csv)", new StringReader(text));
                nanos += System.nanoTime() - t0;
            }
            return n / (nanos / 1e9);
        }
    }

    private double batchInsert(long n) throws Exception {
        try (Connection c = stack.connect("styrkort_bench")) {
            try (Statement st = c.createStatement()) {
                st.execute("drop table if exists raw_measurement_batch");
                st.execute("create table raw_measurement_batch (" + TABLE_COLUMNS
                        + ", unique (tenant, indicator_id, org_unit_id, period, value_kind))");
                st.execute("create index on raw_measurement_batch (tenant, indicator_id, period)");
                st.execute("create index on raw_measurement_batch (tenant, org_unit_id, period)");
            }
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("insert into raw_measurement_batch (id, tenant, indicator_id,"
                    + " org_unit_id, period, value_kind, total, version, created_at, created_by, updated_at, updated_by)"
                    + " values (?, 'region-jh', ?, ?, ?, ?, ?, 0, ?, 'jh-feed', ?, 'jh-feed')")) {
                for (long r = 0; r < n; r++) {
                    ps.setObject(1, IDS.generate());
                    ps.setObject(2, UUID.fromString(rows.indicator(r)));
                    ps.setObject(3, UUID.fromString(rows.unit(r)));
                    ps.setString(4, rows.period(r));
                    ps.setString(5, rows.kind(r));
                    ps.setBigDecimal(6, new java.math.BigDecimal(Rows.value(r)));
                    ps.setTimestamp(7, now);
                    ps.setTimestamp(8, now);
                    ps.addBatch();
                    if ((r + 1) % 500 == 0 || r == n - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
