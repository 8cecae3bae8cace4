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
 * strategy) from one SQL query over a plain, indexed table of the
 * region's goal statuses in the same PostgreSQL, through a pool of 20 connections (Quarkus' default
 * pool size, which the service has too).
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
        Profile profile = Profile.start(stack, options.data, "reporting", "reporting-reads");
        Result service = load(() -> {
            Region.Plan p = region.plans.get(ThreadLocalRandom.current().nextInt(region.plans.size()));
            String q = region.periods.get(ThreadLocalRandom.current().nextInt(region.periods.size()));
            return http.get(rollups.url(p.id(), q), Rollups.VIEWER).ok();
        });
        String profiled = profile == null ? null : profile.stop(3);
        Result raw = raw();
        String shape = String.format("1 region, %d plans x %d goals x %d indicators x %d periods, %d clients, %d roll-ups per answer",
                region.plans.size(), plan.goals().size(), plan.goals().get(0).indicatorIds().size(), region.periods.size(),
                options.clients, items);
        report.figure("4 roll-up reads", "p50 ms, " + shape, service.latency().ms(50), "ms", raw.latency().ms(50),
                "one SQL query", null);
        report.figure("4 roll-up reads", "p99 ms" + (service.errors() > 0 ? ", " + service.errors() + " errors" : ""),
                service.latency().ms(99), "ms", raw.latency().ms(99), "one SQL query", "p99 < 50 ms");
        report.figure("4 roll-up reads", String.format("requests/s (%,d in %.0f s)", service.ok(), service.seconds()),
                service.perSecond(), "req/s", raw.perSecond(), "queries/s", null);
        if (profiled != null) {
            report.note("roll-up reads: " + profiled);
        }
        report.notMeasured("4 roll-up reads, 21 regions", "the dev issuer knows two regions (region-jh, region-nb);"
                + " 21 tenants need 21 sets of demo users in deploy/local/dev-issuer/config.json");
    }

    private Result raw() throws Exception {
        try (Connection c = stack.connect("styrkort_bench"); Statement st = c.createStatement()) {
            st.execute("drop table if exists raw_goal_status");
            st.execute("create table raw_goal_status (plan_id uuid not null, period varchar(7) not null, strategy_id uuid not null,"
                    + " overall_goal_id uuid not null, owner_unit_id uuid not null, goal_id uuid not null, status varchar(16) not null)");
            c.setAutoCommit(false);
            String[] statuses = {"GREEN", "YELLOW", "RED", "NOT_MEASURABLE"};
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
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            pool.add(stack.connect("styrkort_bench"));
        }
        // The strategy level, what the service answers by default.
        String sql = "select strategy_id, status, count(*) from raw_goal_status where plan_id = ? and period = ?"
                + " group by strategy_id, status";
        try {
            return load(() -> {
                Region.Plan p = region.plans.get(ThreadLocalRandom.current().nextInt(region.plans.size()));
                String q = region.periods.get(ThreadLocalRandom.current().nextInt(region.periods.size()));
                Connection c = pool.take();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, UUID.fromString(p.id()));
                    ps.setString(2, q);
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
