package se.styrkort.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Figure 7: scale-out. The same ingest load (CSV imports of --scale-out-values values, 5 000 rows a
 * request, two requests in flight) first against one instance of outcomes-service and reporting-service,
 * then against two of each (the second ones started from the same app folders, against the same
 * databases and the same topics: reporting-service's consumer groups share each topic's partitions
 * between the two), the throughput of two against one; to the last answer and end to end (the pipeline
 * settled). One row in 20 is an outcome at the ingest goals' owner, so that goal statuses and roll-ups
 * move. Under the load the two reporting instances' answers are compared (an answer of the first, one
 * of the second, the first again: where the first did not change in between, the second must equal it);
 * after it, every period's roll-ups of the ingest plan from each instance, the plan-level counts against
 * a recomputation from outcomes-service's goal statuses, and reporting-service's indicator and goal
 * statuses of the ingest plan row by row against outcomes-service's.
 */
final class ScaleOut {

    private static final int SENDERS = 2;

    private final Stack stack;
    private final Http http;
    private final Options options;
    private final Region region;
    private final Rollups rollups;
    private final Rows rows;

    ScaleOut(Stack stack, Http http, Options options, Region region, Rollups rollups) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.region = region;
        this.rollups = rollups;
        this.rows = new Rows(region.ingestIndicators, region.ingestUnits);
    }

    /** What one load did. */
    record Load(long written, double answered, double settled, long comparable, long differing, String example) {
        double perSecond() {
            return written / answered;
        }

        double endToEnd() {
            return settled < 0 ? Double.NaN : written / (answered + settled);
        }
    }

    void run(Report report, Pipeline pipeline, long firstRow) throws Exception {
        int n = options.scaleOutValues;
        pipeline.settle(options.settleSeconds, "before the scale-out");
        Load one = load(List.of("outcomes"), List.of("reporting"), firstRow, n, pipeline);
        String checkOne = check(List.of("reporting"));
        report.note("scale-out, one instance each: after the load " + checkOne);
        double outcomes2 = stack.startSecond("outcomes");
        double reporting2 = stack.startSecond("reporting");
        try {
            pipeline.settle(options.settleSeconds, "second instances joining");
            // The groups rebalance after a member joins: until then the new one holds no partition.
            long t0 = System.nanoTime();
            while (!pipeline.balanced() && System.nanoTime() - t0 < 90_000_000_000L) {
                Thread.sleep(1000);
            }
            report.note(String.format("scale-out: outcomes-2 ready in %.1f s, reporting-2 in %.1f s; %.0f s later the consumer"
                    + " groups: %s", outcomes2, reporting2, (System.nanoTime() - t0) / 1e9,
                    String.join("; ", pipeline.members())));
            report.note("scale-out: the outbox relays take one lock per database (pg_try_advisory_lock): "
                    + relays() + "; import jobs are claimed with for update skip locked");
            Load two = load(List.of("outcomes", "outcomes-2"), List.of("reporting", "reporting-2"), firstRow + n, n, pipeline);
            String checkTwo = check(List.of("reporting", "reporting-2"));
            report.note(
                    "scale-out: the consumer groups after the two instances' load: " + String.join("; ", pipeline.members()));
            report.note("scale-out, two instances each: under the load " + two.comparable() + " answers comparable, "
                    + two.differing() + " differing" + (two.example() == null ? "" : " (e.g. " + two.example() + ")")
                    + "; after the load " + checkTwo);
            report.figure("7 scale-out", String.format("values/s to the last answer, two instances of outcomes- and"
                    + " reporting-service (%,d values, %d requests in flight) against one", two.written(), SENDERS),
                    two.perSecond(), "values/s", one.perSecond(), "one instance each", null);
            if (!Double.isNaN(two.endToEnd()) && !Double.isNaN(one.endToEnd())) {
                report.figure("7 scale-out", String.format("values/s end to end (settled %.1f s after the last answer;"
                        + " one instance: %.1f s)", two.settled(), one.settled()), two.endToEnd(), "values/s",
                        one.endToEnd(), "one instance each", null);
            } else {
                report.note("scale-out: the pipeline did not settle within the wait (" + pipeline.lastLag + ")");
            }
        } finally {
            stack.stopSecond("reporting");
            stack.stopSecond("outcomes");
        }
    }

    /** Which instance holds each relay lock, from pg_locks. */
    private String relays() {
        List<String> out = new ArrayList<>();
        for (String db : List.of("outcomes", "reporting")) {
            try (Connection c = stack.connect("styrkort_" + db);
                    PreparedStatement ps = c.prepareStatement(
                            "select count(*) from pg_locks where locktype = 'advisory' and granted and database ="
                                    + " (select oid from pg_database where datname = current_database())");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.add(db + " " + rs.getLong(1) + " lock(s) held");
            } catch (Exception e) {
                out.add(db + " unknown (" + e.getMessage() + ")");
            }
        }
        return String.join(", ", out);
    }

    /** Imports N values from row FIRST, SENDERS requests in flight spread over the instances; compares answers meanwhile. */
    private Load load(List<String> importers, List<String> readers, long first, int n, Pipeline pipeline) throws Exception {
        int chunk = options.chunkRows;
        int chunks = (n + chunk - 1) / chunk;
        AtomicLong written = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Thread> senders = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < SENDERS; k++) {
            int sender = k;
            String url = stack.url(importers.get(k % importers.size())) + "/api/v1/imports?atomic=false";
            Thread t = new Thread(() -> {
                for (int c = sender; c < chunks && failure.get() == null; c += SENDERS) {
                    long from = first + (long) c * chunk;
                    int size = (int) Math.min(chunk, n - (long) c * chunk);
                    try {
                        Http.Response r = http.post(url, Ingest.FEED, "text/csv", csv(from, size), Map.of(),
                                Duration.ofMinutes(5));
                        if (!r.ok()) {
                            failure.compareAndSet(null, r.status() + " " + Http.abbreviate(r.body()));
                            return;
                        }
                        JsonNode body = r.json();
                        written.addAndGet(body.path("accepted").asLong() + body.path("revised").asLong()
                                + body.path("unchanged").asLong());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e.toString());
                    }
                }
            }, "scale-out-" + k);
            senders.add(t);
            t.start();
        }
        long[] compared = new long[2];
        String[] example = new String[1];
        Thread comparer = null;
        if (readers.size() > 1) {
            comparer = new Thread(() -> compareUnderLoad(readers, compared, example, senders), "scale-out-compare");
            comparer.start();
        }
        for (Thread t : senders) {
            t.join();
        }
        double answered = (System.nanoTime() - t0) / 1e9;
        if (comparer != null) {
            comparer.join(30_000);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("scale-out import failed: " + failure.get());
        }
        double settled = pipeline.settle((int) Math.max(10, Math.min(600, options.secondsLeft() - 60)), "scale-out");
        return new Load(written.get(), answered, settled, compared[0], compared[1], example[0]);
    }

    private void compareUnderLoad(List<String> readers, long[] compared, String[] example, List<Thread> senders) {
        while (senders.stream().anyMatch(Thread::isAlive)) {
            String period = Rows.PERIODS.get(ThreadLocalRandom.current().nextInt(Rows.PERIODS.size()));
            try {
                JsonNode a = answer(readers.get(0), period);
                JsonNode b = answer(readers.get(1), period);
                JsonNode again = answer(readers.get(0), period);
                if (Objects.equals(a, again)) {
                    compared[0]++;
                    if (!Objects.equals(a, b)) {
                        compared[1]++;
                        if (example[0] == null) {
                            example[0] = period + ": " + Http.abbreviate(String.valueOf(a)) + " against "
                                    + Http.abbreviate(String.valueOf(b));
                        }
                    }
                }
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // An answer that failed is not comparable; the figures say how many were.
            }
        }
    }

    /** The ingest plan's roll-ups in a period, as the instance answers them (null: no answer). */
    private JsonNode answer(String reporting, String period) {
        String url = rollups.url(region.ingestPlan.id(), period).replace(stack.url("reporting"), stack.url(reporting));
        Http.Response r = http.get(url, Rollups.VIEWER);
        return r.ok() ? r.json() : null;
    }

    private JsonNode planLevel(String reporting, String period) {
        String url = rollups.probeUrl(region.ingestPlan.id(), period).replace(stack.url("reporting"), stack.url(reporting));
        Http.Response r = http.get(url, Rollups.VIEWER);
        return r.ok() ? Rollups.planLevel(r.json(), region.ingestPlan.id(), period) : null;
    }

    /**
     * After the load: answers of the instances, plan-level counts against outcomes' goal statuses, the read model against
     * outcomes'.
     */
    private String check(List<String> readers) throws Exception {
        int periods = 0;
        int differing = 0;
        String firstDiffering = null;
        for (String period : Rows.PERIODS) {
            JsonNode first = answer(readers.get(0), period);
            for (String other : readers.subList(1, readers.size())) {
                if (!Objects.equals(first, answer(other, period))) {
                    differing++;
                    firstDiffering = firstDiffering == null ? period : firstDiffering;
                }
            }
            periods++;
        }
        Map<String, Map<String, Long>> recomputed = recomputedCounts();
        int countsChecked = 0;
        List<String> countsDiffering = new ArrayList<>();
        for (String reader : readers) {
            for (Map.Entry<String, Map<String, Long>> e : recomputed.entrySet()) {
                JsonNode rollup = planLevel(reader, e.getKey());
                countsChecked++;
                for (String status : List.of("green", "yellow", "red")) {
                    long expected = e.getValue().getOrDefault(status, 0L);
                    long shown = rollup == null ? -1 : Rollups.count(rollup, status);
                    if (expected != shown) {
                        countsDiffering.add(reader + " " + e.getKey() + " " + status + " " + shown + " (recomputed " + expected
                                + ")");
                    }
                }
            }
        }
        String statuses = compareStatuses();
        return String.format("%d periods' roll-ups of the ingest plan compared across %d instance(s): %d differing%s;"
                + " plan-level counts against a recomputation from outcomes-service's goal statuses: %d roll-ups, %d"
                + " differing%s; %s", periods, readers.size(), differing,
                firstDiffering == null ? "" : " (first " + firstDiffering + ")", countsChecked, countsDiffering.size(),
                countsDiffering.isEmpty() ? "" : " (e.g. " + countsDiffering.get(0) + ")", statuses);
    }

    /** Goals of the ingest plan by status per period, from outcomes-service's goal statuses (assessed before computed). */
    private Map<String, Map<String, Long>> recomputedCounts() throws Exception {
        Map<String, Map<String, Long>> out = new HashMap<>();
        try (Connection c = stack.connect("styrkort_outcomes");
                PreparedStatement ps = c.prepareStatement(
                        "select period, lower(coalesce(assessed_status, computed_status)), count(*) from goal_status"
                                + " where tenant = 'region-jh' and goal_id = any(?) group by 1, 2")) {
            ps.setArray(1, c.createArrayOf("uuid", region.ingestPlan.goals().stream().map(Region.Goal::id).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), p -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        return out;
    }

    /** reporting-service's indicator and goal statuses of the ingest plan against outcomes-service's, row by row. */
    private String compareStatuses() throws Exception {
        Object[] indicators = region.ingestIndicators.toArray();
        Object[] goals = region.ingestPlan.goals().stream().map(Region.Goal::id).toArray();
        String indicatorSql = "select indicator_id || ' ' || org_unit_id || ' ' || period, status || ' ' || coalesce(value_kind,"
                + " '') || ' ' || coalesce(value::text, '') from indicator_status where tenant = 'region-jh'"
                + " and indicator_id = any(?)";
        String outcomesGoals = "select goal_id || ' ' || period, coalesce(assessed_status, computed_status) from goal_status"
                + " where tenant = 'region-jh' and goal_id = any(?)";
        String reportingGoals = "select goal_id || ' ' || period, status from goal_status where tenant = 'region-jh'"
                + " and goal_id = any(?)";
        String a = differences("indicator statuses", rowsOf("styrkort_outcomes", indicatorSql, indicators),
                rowsOf("styrkort_reporting", indicatorSql, indicators));
        String b = differences("goal statuses", rowsOf("styrkort_outcomes", outcomesGoals, goals),
                rowsOf("styrkort_reporting", reportingGoals, goals));
        return a + "; " + b;
    }

    private Map<String, String> rowsOf(String database, String sql, Object[] ids) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = stack.connect(database); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), normalized(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** Numbers compared by value (45.0 and 45 alike). */
    private static String normalized(String row) {
        if (row == null) {
            return null;
        }
        String[] parts = row.split(" ");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            try {
                b.append(new BigDecimal(p).stripTrailingZeros().toPlainString());
            } catch (NumberFormatException e) {
                b.append(p);
            }
            b.append(' ');
        }
        return b.toString().strip();
    }

    private static String differences(String what, Map<String, String> source, Map<String, String> readModel) {
        long missing = source.keySet().stream().filter(k -> !readModel.containsKey(k)).count();
        long extra = readModel.keySet().stream().filter(k -> !source.containsKey(k)).count();
        List<String> differing = source.entrySet().stream()
                .filter(e -> readModel.containsKey(e.getKey()) && !Objects.equals(e.getValue(), readModel.get(e.getKey())))
                .map(e -> e.getKey() + ": " + e.getValue() + " against " + readModel.get(e.getKey())).toList();
        return String.format("%s: %,d in outcomes-service, %,d missing from reporting-service, %,d extra, %,d differing%s",
                what,
                source.size(), missing, extra, differing.size(), differing.isEmpty() ? "" : " (e.g. " + differing.get(0) + ")");
    }

    /** Rows as Rows makes them, but one in 20 an outcome at the owner of the ingest goals, distinct within a request. */
    private byte[] csv(long from, int n) {
        StringBuilder b = new StringBuilder(n * 100).append("indicatorId,orgUnitId,period,valueKind,total\n");
        for (long r = from; r < from + n; r++) {
            if (r % 20 == 0) {
                long q = r / 20;
                String indicator = region.ingestIndicators.get((int) (q % region.ingestIndicators.size()));
                b.append(indicator).append(',').append(ownerOf(indicator)).append(',')
                        .append(Rows.PERIODS.get((int) (q / region.ingestIndicators.size() % Rows.PERIODS.size())))
                        .append(',').append(Rows.KINDS[(int) (q / region.ingestIndicators.size() / Rows.PERIODS.size()
                                % Rows.KINDS.length)])
                        .append(',').append(Rows.value(r)).append('\n');
            } else {
                b.append(rows.indicator(r)).append(',').append(rows.unit(r)).append(',').append(rows.period(r)).append(',')
                        .append(rows.kind(r)).append(',').append(Rows.value(r)).append('\n');
            }
        }
        return Ingest.utf8(b.toString());
    }

    private String ownerOf(String indicator) {
        for (Region.Goal g : region.ingestPlan.goals()) {
            if (g.indicatorIds().contains(indicator)) {
                return g.ownerUnitId();
            }
        }
        throw new IllegalStateException("indicator " + indicator + " is in no ingest goal");
    }
}
