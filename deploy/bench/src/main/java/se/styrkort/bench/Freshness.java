package se.styrkort.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark 3: freshness. A probe outcome flips the one goal of the probe plan between green (90) and
 * red (10) against its target (at least 50); the time from outcomes-service accepting it to
 * reporting-service's plan roll-up showing the new colour is one sample. Meanwhile background imports
 * record and revise the ingest plan's monthly outcomes at 50 or 500 per second, so statuses and
 * roll-ups keep changing.
 */
final class Freshness {

    private static final String PERIOD = "2025-12";
    private static final long PROBE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Stack stack;
    private final Http http;
    private final Options options;
    private final Region region;
    private final Rollups rollups;
    private boolean green;

    Freshness(Stack stack, Http http, Options options, Region region, Rollups rollups) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.region = region;
        this.rollups = rollups;
    }

    void run(Report report) throws Exception {
        Http.Response first = http.get(rollups.probeUrl(region.probe.id(), PERIOD), Rollups.VIEWER);
        if (!first.ok()) {
            report.notMeasured("3 freshness",
                    "GET " + rollups.probeUrl(region.probe.id(), PERIOD).replaceFirst("^http://[^/]+", "")
                            + " answers " + first.status() + " " + Http.abbreviate(first.body()));
            return;
        }
        // Warm-up probes, not counted: they also show whether the roll-up follows outcomes at all.
        for (int i = 0; i < 2; i++) {
            long sample = probe(TimeUnit.SECONDS.toNanos(60));
            if (sample < 0) {
                report.notMeasured("3 freshness", "the probe plan's roll-up did not show an outcome within 60 s"
                        + " (reporting-service's consumers behind: " + lag() + "); last answer: "
                        + Http.abbreviate(http.get(rollups.probeUrl(region.probe.id(), PERIOD), Rollups.VIEWER).body()));
                return;
            }
        }
        for (int rate : options.freshnessRates) {
            level(report, rate);
        }
    }

    private void level(Report report, int rate) throws Exception {
        Latency latency = new Latency();
        Load load = new Load(rate);
        Thread background = new Thread(load::run, "background-load");
        background.setDaemon(true);
        Profile profile = rate >= 500 ? Profile.start(stack, options.data, "reporting", "reporting-freshness-" + rate) : null;
        CpuSplit cpu = CpuSplit.start(stack);
        long t0 = System.nanoTime();
        background.start();
        int timeouts = 0;
        long end = t0 + TimeUnit.SECONDS.toNanos(options.freshnessSeconds);
        try {
            while (System.nanoTime() < end) {
                long sample = probe(PROBE_TIMEOUT_NANOS);
                if (sample < 0) {
                    timeouts++;
                } else {
                    latency.record(sample);
                }
                Thread.sleep(200);
            }
        } finally {
            background.interrupt();
            background.join(5000);
            load.senders.shutdown();
            load.senders.awaitTermination(30, TimeUnit.SECONDS);
        }
        // Over the load's own time: from its start to its stop, what was answered meanwhile.
        double seconds = load.seconds();
        double reached = load.written.get() / seconds;
        if (cpu != null) {
            report.note("freshness " + rate + "/s: " + cpu.stop(load.written.get(), "background value"));
        }
        if (profile != null) {
            report.note("freshness " + rate + "/s: " + profile.stop(3));
        }
        report.note("freshness " + rate + "/s, background load: " + load.describe(seconds));
        String goal = rate <= 50 ? "p99 < 1 s" : rate <= 500 ? "p99 < 5 s" : null;
        String what = String.format("ms accepted → roll-up, %d/s asked, %.0f/s reached (%d failed imports), %d probes%s", rate,
                reached, load.failures.get(), latency.count(), timeouts > 0 ? ", " + timeouts + " not seen within 30 s" : "");
        if (latency.count() == 0) {
            report.notMeasured("3 freshness " + rate + "/s", "no probe was seen within 30 s");
            return;
        }
        report.figure("3 freshness " + rate + "/s", "background values/s reached (" + load.why(seconds) + ")", reached,
                "values/s", (double) rate, "asked", null);
        report.figure("3 freshness " + rate + "/s", "p50 " + what, latency.ms(50), "ms", null, null, null);
        report.figure("3 freshness " + rate + "/s", "p95", latency.ms(95), "ms", null, null, null);
        report.figure("3 freshness " + rate + "/s", "p99 (max " + Report.format(latency.maxMs()) + " ms)", latency.ms(99), "ms",
                null, null, goal);
    }

    private String lag() {
        try (Pipeline p = new Pipeline(stack)) {
            return p.lagByGroup().toString();
        } catch (Exception e) {
            return "lag unknown: " + e.getMessage();
        }
    }

    /** One probe: record the flipped value, then poll the roll-up; nanoseconds from accepted to seen, or -1. */
    private long probe(long timeoutNanos) throws InterruptedException {
        green = !green;
        String outcomes = stack.url("outcomes") + "/api/v1/measurements";
        Region.Goal goal = region.probe.goals().get(0);
        Map<String, Object> body = Map.of("indicatorId", goal.indicatorIds().get(0), "orgUnitId", goal.ownerUnitId(),
                "period", PERIOD, "valueKind", "PERIOD", "total", green ? 90 : 10);
        http.post(outcomes, Ingest.FEED, body).expectOk("probe outcome");
        long accepted = System.nanoTime();
        String url = rollups.probeUrl(region.probe.id(), PERIOD);
        while (System.nanoTime() - accepted < timeoutNanos) {
            Http.Response r = http.get(url, Rollups.VIEWER);
            if (r.ok()) {
                JsonNode rollup = Rollups.planLevel(r.json(), region.probe.id(), PERIOD);
                if (rollup != null && Rollups.count(rollup, green ? "green" : "red") == 1
                        && Rollups.count(rollup, green ? "red" : "green") == 0) {
                    return System.nanoTime() - accepted;
                }
            }
            Thread.sleep(5);
        }
        return -1;
    }

    /**
     * The background load: revisions of the ingest plan's outcomes at RATE values per second, paced open
     * loop. Every TICK the values due since the start that no request has taken yet go out as one CSV
     * import, on one of --senders threads (1 unless asked), each with one request in flight at most; when
     * every sender is busy the values wait for the next tick and go out together then, so a slow answer
     * makes the next requests larger rather than dropping values (the earlier generator dropped them,
     * one import of RATE/10 rows every 100 ms from four threads, and reached 288–334 of 500/s). What was
     * reached, the requests' size and time and what was still due at the end say whether the rate was
     * the service's limit or the generator's.
     */
    private final class Load {

        private static final long TICK_NANOS = 100_000_000L;
        private static final int MAX_ROWS = 5_000;

        final int rate;
        final ExecutorService senders;
        /** Values answered while the load ran; those answered after its stop are {@link #late}. */
        final AtomicLong written = new AtomicLong();
        final AtomicLong late = new AtomicLong();
        private volatile long started;
        private volatile long stopped;
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong busyTicks = new AtomicLong();
        final Latency requestTimes = new Latency();
        long ticks;
        long taken;
        long due;
        private final Random random;

        Load(int rate) {
            this.rate = rate;
            this.senders = Executors.newFixedThreadPool(options.senders);
            this.random = new Random(rate);
        }

        void run() {
            String url = stack.url("outcomes") + "/api/v1/imports?atomic=false";
            long t0 = System.nanoTime();
            started = t0;
            try {
                pace(url, t0);
            } finally {
                stopped = System.nanoTime();
            }
        }

        /** Seconds from the load's start to its stop (or until now). */
        double seconds() {
            return ((stopped == 0 ? System.nanoTime() : stopped) - started) / 1e9;
        }

        private void pace(String url, long t0) {
            long next = t0;
            while (!Thread.currentThread().isInterrupted()) {
                ticks++;
                due = (long) ((System.nanoTime() - t0) / 1e9 * rate);
                int n = (int) Math.min(MAX_ROWS, due - taken);
                if (n > 0 && inFlight.get() < options.senders) {
                    taken += n;
                    byte[] body = csv(n);
                    inFlight.incrementAndGet();
                    senders.execute(() -> send(url, body, n));
                } else if (n > 0) {
                    busyTicks.incrementAndGet();
                }
                next += TICK_NANOS;
                long sleep = next - System.nanoTime();
                try {
                    if (sleep > 0) {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void send(String url, byte[] body, int n) {
            long t0 = System.nanoTime();
            try {
                Http.Response r = http.post(url, Ingest.FEED, "text/csv", body, Map.of(), Duration.ofSeconds(60));
                if (r.ok()) {
                    (stopped == 0 ? written : late).addAndGet(n);
                } else {
                    failures.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            } finally {
                synchronized (requestTimes) {
                    requestTimes.record(System.nanoTime() - t0);
                }
                requests.incrementAndGet();
                inFlight.decrementAndGet();
            }
        }

        private byte[] csv(int n) {
            StringBuilder csv = new StringBuilder("indicatorId,orgUnitId,period,valueKind,total\n");
            for (int i = 0; i < n; i++) {
                Region.Plan plan = region.ingestPlan;
                Region.Goal goal = plan.goals().get(random.nextInt(plan.goals().size()));
                // As a feed sends them: outcomes of many units, one in 20 at the goal's owner, whose outcomes move the
                // goal's status (and whose writes wait for each other, a goal's statuses being written one at a time).
                String unit = random.nextInt(20) == 0 ? goal.ownerUnitId()
                        : region.ingestUnits.get(random.nextInt(region.ingestUnits.size()));
                csv.append(goal.indicatorIds().get(random.nextInt(goal.indicatorIds().size()))).append(',')
                        .append(unit).append(',').append(region.periods.get(random.nextInt(region.periods.size())))
                        .append(",PERIOD,").append(30 + random.nextInt(400) / 10.0).append('\n');
            }
            return Ingest.utf8(csv.toString());
        }

        /** How the load went: requests, their size and time, and what was left. */
        String describe(double seconds) {
            synchronized (requestTimes) {
                long answered = written.get() + late.get();
                return String.format("%,d values asked over %.0f s, %,d written meanwhile, %,d more answered after the"
                        + " stop; %,d import requests (%.0f values each, %.1f requests/s), request p50 %.0f ms, p99 %.0f ms,"
                        + " at most %d in flight; %d of %d ticks found every sender busy; %,d values due but not sent at the"
                        + " stop", (long) (rate * seconds), seconds, written.get(), late.get(), requests.get(),
                        requests.get() == 0 ? 0.0 : (double) answered / requests.get(),
                        requests.get() / seconds, requestTimes.count() == 0 ? 0 : requestTimes.ms(50),
                        requestTimes.count() == 0 ? 0 : requestTimes.ms(99), options.senders, busyTicks.get(), ticks,
                        Math.max(0, due - taken));
            }
        }

        /** Why the rate reached is what it is, briefly. */
        String why(double seconds) {
            double reached = written.get() / seconds;
            if (reached >= 0.95 * rate) {
                return "the rate asked";
            }
            if (failures.get() > 0) {
                return failures.get() + " imports failed";
            }
            return busyTicks.get() > ticks / 10 ? "outcomes-service's imports were the limit: every sender busy in "
                    + busyTicks.get() + " of " + ticks + " ticks"
                    : "the requests in flight at the end and the start's ramp";
        }
    }
}
