package se.styrkort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 4: roll-up reads at 50 concurrent clients (closed loop), each asking for the roll-ups of a
 * random plan and period of the region, against the same figures (goals counted by status per
 * strategy) from one SQL query over a plain, indexed table of the region's goal statuses in the same
 * PostgreSQL, through a pool of 20 connections (Quarkus' default pool size, which the service has
 * too); then the same with 21 regions of that size ({@link #runRegions}). Each load runs twice: from
 * wrk, a client light enough that the two shared cores go to the service, and from the harness's own
 * Java clients, as the earlier runs measured it.
 */
final class RollupReads {

    private static final int POOL = 20;
    private static final long MAX_REQUESTS = 2_000_000;

    private final Stack stack;
    private final Http http;
    private final Options options;
    private final Region region;
    private final Rollups rollups;

    RollupReads(Stack stack, Http http, Options options, Region region, Rollups rollups) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.region = region;
        this.rollups = rollups;
    }

    interface Call {
        boolean run() throws Exception;
    }

    record Result(Latency latency, long ok, long errors, double seconds) {
        double perSecond() {
            return ok / seconds;
        }
    }

    void run(Report report) throws Exception {
        Region.Plan plan = region.plans.get(0);
        String period = region.periods.get(region.periods.size() - 1);
        Http.Response first = http.get(rollups.url(plan.id(), period), Rollups.VIEWER);
        if (!first.ok()) {
            report.notMeasured("4 roll-up reads", "GET " + rollups.url(plan.id(), period).replaceFirst("^http://[^/]+", "")
                    + " answers " + first.status() + " " + Http.abbreviate(first.body()));
            return;
        }
        int items = Rollups.items(first.json()).size();
        if (items == 0) {
            report.note("roll-up reads: the answer for plan 1, " + period + " has no roll-ups (read model empty?)");
        }
        String shape = String.format(
                "1 region, %d plans x %d goals x %d indicators x %d periods, %d clients, %d roll-ups per answer",
                region.plans.size(), plan.goals().size(), plan.goals().get(0).indicatorIds().size(), region.periods.size(),
                options.clients, items);
        List<Wrk.Request> asked = new ArrayList<>();
        for (Region.Plan p : region.plans) {
            for (String q : region.periods) {
                asked.add(new Wrk.Request(path(rollups.url(p.id(), q)), Rollups.VIEWER));
            }
        }
        // The profile goes with the first load, where wrk leaves the cores to the service.
        Profile profile = Profile.start(stack, options.data, "reporting", "reporting-reads");
        Wrk.Result light = wrkLoad(report, asked, "1 region", "reads-1-region");
        String profiled = profile == null ? null : profile.stop(3);
        CpuSplit cpu = CpuSplit.start(stack);
        Result service = load(() -> {
            Region.Plan p = region.plans.get(ThreadLocalRandom.current().nextInt(region.plans.size()));
            String q = region.periods.get(ThreadLocalRandom.current().nextInt(region.periods.size()));
            return http.get(rollups.url(p.id(), q), Rollups.VIEWER).ok();
        });
        String cpuSplit = cpu == null ? null : cpu.stop(service.ok() + service.errors(), "answer");
        if (cpuSplit != null) {
            report.note("roll-up reads, 1 region, the harness's Java clients (with 3 s of warm-up): " + cpuSplit);
        }
        Result raw = raw();
        figures(report, "4 roll-up reads", shape, light, service, raw);
        if (profiled != null) {
            report.note("roll-up reads: " + profiled);
        }
    }

    /** The path and query of a URL of the stack, as wrk asks for it. */
    private static String path(String url) {
        return url.replaceFirst("^http://[^/]+", "");
    }

    /** wrk's load of the requests with its CPU split, or null (and a note) without wrk. */
    private Wrk.Result wrkLoad(Report report, List<Wrk.Request> asked, String what, String name) throws Exception {
        if (!Wrk.available()) {
            report.note("roll-up reads, " + what + ": wrk is not installed, so only the harness's Java clients load them");
            return null;
        }
        Wrk.Load load = new Wrk(http, options.data).prepare(asked, name);
        load.warmUp(stack.url("reporting"), options.clients, options.warmUpSeconds);
        CpuSplit cpu = CpuSplit.start(stack);
        Wrk.Result r = load.measure(stack.url("reporting"), options.clients, options.readSeconds);
        if (cpu != null) {
            report.note("roll-up reads, " + what + ", wrk (after " + options.warmUpSeconds
                    + " s of warm-up; wrk's CPU is the harness's): " + cpu.stop(r.ok() + r.errors(), "answer"));
        }
        return r;
    }

    /** p50, p99 and throughput, with wrk's load (where there was one) and the Java clients', each against the raw query. */
    private void figures(Report report, String benchmark, String shape, Wrk.Result light, Result service, Result raw) {
        if (light != null) {
            report.figure(benchmark, "wrk: p50 ms, " + shape, light.p50Ms(), "ms", raw.latency().ms(50), "one SQL query",
                    null);
            report.figure(benchmark, "wrk: p99 ms" + (light.errors() > 0 ? ", " + light.errors() + " errors" : ""),
                    light.p99Ms(), "ms", raw.latency().ms(99), "one SQL query", "p99 < 50 ms");
            report.figure(benchmark, String.format("wrk: requests/s (%,d in %.0f s)", light.ok(), light.seconds()),
                    light.perSecond(), "req/s", raw.perSecond(), "queries/s", null);
        }
        String by = light == null ? "" : "Java clients: ";
        report.figure(benchmark, by + "p50 ms" + (light == null ? ", " + shape : ""), service.latency().ms(50), "ms",
                raw.latency().ms(50), "one SQL query", null);
        report.figure(benchmark, by + "p99 ms" + (service.errors() > 0 ? ", " + service.errors() + " errors" : ""),
                service.latency().ms(99), "ms", raw.latency().ms(99), "one SQL query", "p99 < 50 ms");
        report.figure(benchmark, by + String.format("requests/s (%,d in %.0f s)", service.ok(), service.seconds()),
                service.perSecond(), "req/s", raw.perSecond(), "queries/s", null);
    }

    /**
     * The same reads with more regions of that size in the read model, for each count of --regions but 1
     * (the others copied from this one, see {@link OtherRegions}), each client asking as the viewer of a
     * random region for one of its plans.
     */
    void runRegions(Report report) throws Exception {
        int copiedUpTo = 0;
        List<String> plans = region.plans.stream().map(Region.Plan::id).toList();
        for (int count : options.regions) {
            if (count <= 1) {
                continue;
            }
            String benchmark = "4 roll-up reads, " + count + " regions";
            if (options.secondsLeft() < 90) {
                report.notMeasured(benchmark, "the run's time limit (--max-minutes " + options.maxMinutes
                        + ") was reached first");
                return;
            }
            OtherRegions.Copied copied = OtherRegions.copy(stack, plans, copiedUpTo + 1, count - 1);
            report.note(String.format("setup: region-jh's read model copied into other regions' tenants %d to %d in"
                    + " reporting-service's database: %,d rows of %d tables in %.0f s (most: %s)", copiedUpTo + 1, count - 1,
                    copied.rows(), copied.tables(), copied.seconds(), copied.largest()));
            copiedUpTo = count - 1;
            List<String> regions = new ArrayList<>(OtherRegions.names(1, count - 1));
            regions.add(0, "region-jh");
            if (!answered(report, benchmark, regions)) {
                return;
            }
            List<Wrk.Request> asked = new ArrayList<>();
            for (String r : regions) {
                for (Region.Plan p : region.plans) {
                    for (String q : region.periods) {
                        asked.add(new Wrk.Request(path(rollups.url(OtherRegions.idIn(r, p.id()), q)), Stack.viewerOf(r)));
                    }
                }
            }
            Wrk.Result light = wrkLoad(report, asked, count + " regions", "reads-" + count + "-regions");
            CpuSplit cpu = CpuSplit.start(stack);
            Result service = load(() -> {
                String r = regions.get(ThreadLocalRandom.current().nextInt(regions.size()));
                Region.Plan p = region.plans.get(ThreadLocalRandom.current().nextInt(region.plans.size()));
                String q = region.periods.get(ThreadLocalRandom.current().nextInt(region.periods.size()));
                return http.get(rollups.url(OtherRegions.idIn(r, p.id()), q), Stack.viewerOf(r)).ok();
            });
            if (cpu != null) {
                report.note("roll-up reads, " + count + " regions, the harness's Java clients (with 3 s of warm-up): "
                        + cpu.stop(service.ok() + service.errors(), "answer"));
            }
            Result raw = rawRegions(regions);
            String shape = String.format("%d regions of that size, %d clients, each request a random region, plan and period",
                    count, options.clients);
            figures(report, benchmark, shape, light, service, raw);
        }
    }

    /** Whether every region's copy of plan 1 has roll-ups; otherwise why not, reported. */
    private boolean answered(Report report, String benchmark, List<String> regions) {
        Region.Plan p = region.plans.get(0);
        String period = region.periods.get(region.periods.size() - 1);
        for (String r : regions) {
            Http.Response first = http.get(rollups.url(OtherRegions.idIn(r, p.id()), period), Stack.viewerOf(r));
            if (!first.ok() || Rollups.items(first.json()).isEmpty()) {
                report.notMeasured(benchmark, "the copy of plan 1 in " + r + " answers " + first.status() + " "
                        + Http.abbreviate(first.body()));
                return false;
            }
        }
        return true;
    }

    /** The raw baseline's table for the regions: the region's rows and a copy per other region, ids renamed alike. */
    private Result rawRegions(List<String> regions) throws Exception {
        try (Connection c = stack.connect("styrkort_bench"); Statement st = c.createStatement()) {
            st.execute("drop table if exists raw_goal_status_regions");
            st.execute(
                    "create table raw_goal_status_regions as select 'region-jh'::varchar(64) as tenant, * from raw_goal_status");
            st.execute("insert into raw_goal_status_regions select r.tenant, md5(r.tenant || plan_id::text)::uuid, period,"
                    + " md5(r.tenant || strategy_id::text)::uuid, md5(r.tenant || overall_goal_id::text)::uuid,"
                    + " md5(r.tenant || owner_unit_id::text)::uuid, md5(r.tenant || goal_id::text)::uuid, status"
                    + " from raw_goal_status cross join (select 'region-b' || lpad(g::text, 3, '0') as tenant"
                    + " from generate_series(1, " + (regions.size() - 1) + ") g) r");
            st.execute("create index on raw_goal_status_regions (tenant, plan_id, period)");
            st.execute("analyze raw_goal_status_regions");
        }
        return rawLoad("select strategy_id, status, count(*) from raw_goal_status_regions where tenant = ? and plan_id = ?"
                + " and period = ? group by strategy_id, status", regions);
    }

    private Result raw() throws Exception {
        try (Connection c = stack.connect("styrkort_bench"); Statement st = c.createStatement()) {
            st.execute("drop table if exists raw_goal_status");
            st.execute(
                    "create table raw_goal_status (plan_id uuid not null, period varchar(7) not null, strategy_id uuid not null,"
                            + " overall_goal_id uuid not null, owner_unit_id uuid not null, goal_id uuid not null, status varchar(16) not null)");
            c.setAutoCommit(false);
            String[] statuses = { "GREEN", "YELLOW", "RED", "NOT_MEASURABLE" };
            try (PreparedStatement ps = c.prepareStatement("insert into raw_goal_status values (?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Region.Plan p : region.plans) {
                    for (Region.Goal g : p.goals()) {
                        for (String period : region.periods) {
                            ps.setObject(1, UUID.fromString(p.id()));
                            ps.setString(2, period);
                            ps.setObject(3, UUID.fromString(g.strategyId()));
                            ps.setObject(4, UUID.fromString(g.overallGoalId()));
                            ps.setObject(5, UUID.fromString(g.ownerUnitId()));
                            ps.setObject(6, UUID.fromString(g.id()));
                            ps.setString(7, statuses[i++ % statuses.length]);
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
            st.execute("create index on raw_goal_status (plan_id, period)");
            c.commit();
            c.setAutoCommit(true);
            st.execute("analyze raw_goal_status");
        }
        // The strategy level, what the service answers by default.
        return rawLoad("select strategy_id, status, count(*) from raw_goal_status where plan_id = ? and period = ?"
                + " group by strategy_id, status", null);
    }

    /** The raw query for a random plan and period (and region, where regions are given) through a pool of POOL connections. */
    private Result rawLoad(String sql, List<String> regions) throws Exception {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            pool.add(stack.connect("styrkort_bench"));
        }
        try {
            return load(() -> {
                String r = regions == null ? null : regions.get(ThreadLocalRandom.current().nextInt(regions.size()));
                Region.Plan p = region.plans.get(ThreadLocalRandom.current().nextInt(region.plans.size()));
                String q = region.periods.get(ThreadLocalRandom.current().nextInt(region.periods.size()));
                Connection c = pool.take();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 1;
                    if (r != null) {
                        ps.setString(i++, r);
                    }
                    ps.setObject(i++, UUID.fromString(r == null ? p.id() : OtherRegions.idIn(r, p.id())));
                    ps.setString(i, q);
                    int rows = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    return rows > 0;
                } finally {
                    pool.add(c);
                }
            });
        } finally {
            for (Connection c : pool) {
                c.close();
            }
        }
    }

    /** CLIENTS threads in a closed loop: 3 s of warm-up, then READ_SECONDS measured. */
    private Result load(Call call) throws Exception {
        Latency total = new Latency();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger phase = new AtomicInteger();
        AtomicLong requests = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.clients; i++) {
            Thread t = new Thread(() -> {
                Latency mine = new Latency();
                while (phase.get() < 2 && requests.incrementAndGet() < MAX_REQUESTS) {
                    long t0 = System.nanoTime();
                    boolean good;
                    try {
                        good = call.run();
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        good = false;
                    }
                    if (phase.get() == 1) {
                        if (good) {
                            mine.record(System.nanoTime() - t0);
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
                total.add(mine);
            }, "reader-" + i);
            threads.add(t);
            t.start();
        }
        Thread.sleep(3000);
        phase.set(1);
        long t0 = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(options.readSeconds));
        phase.set(2);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Thread t : threads) {
            t.join(60_000);
        }
        return new Result(total, ok.get(), errors.get(), seconds);
    }
}
