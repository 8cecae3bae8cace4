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
        for (int rate : new int[] { 50, 500 }) {
            level(report, rate);
        }
    }

    private void level(Report report, int rate) throws Exception {
        Latency latency = new Latency();
        AtomicLong sent = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger outstanding = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        Thread background = new Thread(() -> background(rate, sent, failures, outstanding, senders), "background-load");
        background.setDaemon(true);
        Profile profile = rate == 500 ? Profile.start(stack, options.data, "reporting", "reporting-freshness-500") : null;
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
            senders.shutdown();
            senders.awaitTermination(30, TimeUnit.SECONDS);
        }
        double achieved = sent.get() / ((System.nanoTime() - t0) / 1e9);
        if (cpu != null) {
            report.note("freshness " + rate + "/s: " + cpu.stop(sent.get(), "background value"));
        }
        if (profile != null) {
            report.note("freshness 500/s: " + profile.stop(3));
        }
        String goal = rate == 50 ? "p99 < 1 s" : "p99 < 5 s";
        String what = String.format("ms accepted → roll-up, %d/s background (achieved %.0f/s, %d failed imports), %d probes%s",
                rate, achieved, failures.get(), latency.count(), timeouts > 0 ? ", " + timeouts + " not seen within 30 s" : "");
        if (latency.count() == 0) {
            report.notMeasured("3 freshness " + rate + "/s", "no probe was seen within 30 s");
            return;
        }
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

    /** Revisions of the region's outcomes at RATE per second: a CSV import every 100 ms. */
    private void background(int rate, AtomicLong sent, AtomicInteger failures, AtomicInteger outstanding,
            ExecutorService senders) {
        Random random = new Random(rate);
        int perTick = Math.max(1, rate / 10);
        String url = stack.url("outcomes") + "/api/v1/imports?atomic=false";
        long next = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            StringBuilder csv = new StringBuilder("indicatorId,orgUnitId,period,valueKind,total\n");
            for (int i = 0; i < perTick; i++) {
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
            byte[] body = Ingest.utf8(csv.toString());
            if (outstanding.get() < 8) {
                outstanding.incrementAndGet();
                senders.execute(() -> {
                    try {
                        Http.Response r = http.post(url, Ingest.FEED, "text/csv", body, Map.of(), Duration.ofSeconds(30));
                        if (r.ok()) {
                            sent.addAndGet(perTick);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    } finally {
                        outstanding.decrementAndGet();
                    }
                });
            }
            next += 100_000_000L;
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
}
