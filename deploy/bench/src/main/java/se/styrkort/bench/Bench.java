package se.styrkort.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmarks of issues 8 and 26, each against its raw baseline in the same run:
 * <ol>
 * <li>bulk ingest (CSV, JSON) vs COPY and JDBC batch insert, and its cost against size vs COPY of as many rows,</li>
 * <li>outbox → Kafka vs a Kafka producer,</li>
 * <li>freshness outcome → roll-up at 50 and 500 outcomes/s,</li>
 * <li>roll-up reads at 50 clients vs one SQL query, for 1, 21 and 100 regions,</li>
 * <li>time to ready and resident memory vs a bare JVM HTTP server,</li>
 * <li>read-model rebuild vs a plain consumer,</li>
 * <li>ingest with two instances of outcomes- and reporting-service vs one.</li>
 * </ol>
 * It starts a stack of its own (see {@link Stack}), and whatever a service does not offer yet is reported
 * as "not measured: why" instead of failing the run. Usage: deploy/bench/run [options].
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Report report = new Report(options.out);
        header(report, options);
        Stack stack = new Stack(options);
        Thread stopper = new Thread(stack::stop, "stop-stack");
        Runtime.getRuntime().addShutdownHook(stopper);
        long t0 = System.nanoTime();
        try {
            stack.start();
            new Bench().run(options, report, stack);
        } catch (Exception e) {
            report.note("run stopped: " + e);
            e.printStackTrace();
        } finally {
            report.header(String.format("finished %s after %.0f s; load average at the end: %s", Instant.now(),
                    (System.nanoTime() - t0) / 1e9, loadAverage()));
            stack.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // Stopped by a signal: the hook is running already.
            }
        }
        System.out.println("[bench] figures written to " + options.out);
    }

    private void run(Options options, Report report, Stack stack) throws Exception {
        if (options.runs("ready")) {
            ready(report, stack);
        }
        Http http = new Http(stack.issuer());
        try (Pipeline pipeline = new Pipeline(stack)) {
            long t0 = System.nanoTime();
            Region region = Region.create(http, stack, options, pipeline);
            double seconds = (System.nanoTime() - t0) / 1e9;
            report.note(String.format("setup: %d goals-service requests for the template plan, then %,d events (org units,"
                    + " the probe and the ingest plan) on styrkort.goals, in %.0f s; %d records on the .dlq topics",
                    region.requests,
                    region.events, seconds, pipeline.deadLetters())
                    + (region.unsettled.isEmpty() ? ""
                            : "; consumers still busy after " + options.settleSeconds + " s with: "
                                    + region.unsettled));
            Rollups rollups = new Rollups(stack, options);
            guarded(report, options, "freshness", "3 freshness",
                    () -> new Freshness(stack, http, options, region, rollups).run(report));
            Rows rows = new Rows(region.ingestIndicators, region.ingestUnits);
            Ingest ingest = new Ingest(stack, http, options, rows);
            guarded(report, options, "ingest", "1 ingest", () -> ingest.run(report));
            guarded(report, options, "curve", "1 ingest curve", () -> ingest.curve(report, pipeline, ingest.nextRow));
            guarded(report, options, "scaleout", "7 scale-out",
                    () -> new ScaleOut(stack, http, options, region, rollups).run(report, pipeline, ingest.nextRow));
            if (options.runs("reads") && options.secondsLeft() > 60) {
                t0 = System.nanoTime();
                region.publishRegion();
                report.note(String.format("setup: the region's %,d plans published in %.0f s; %s", region.plans.size(),
                        (System.nanoTime() - t0) / 1e9, region.unsettled.isEmpty() ? "every consumer took them"
                                : "still busy: " + region.unsettled));
                loadRegionOutcomes(report, stack, http, options, region, pipeline);
            }
            RollupReads reads = new RollupReads(stack, http, options, region, rollups);
            guarded(report, options, "reads", "4 roll-up reads", () -> reads.run(report));
            guarded(report, options, "reads", "4 roll-up reads, more regions", () -> reads.runRegions(report));
            guarded(report, options, "outbox", "2 outbox", () -> new OutboxPublish(stack, options).run(report, pipeline));
            guarded(report, options, "rebuild", "6 rebuild", () -> new Rebuild(stack, http, options).run(report, pipeline));
        } finally {
            if (options.runs("memory")) {
                memory(report, stack, options);
            }
            if (options.runs("ready")) {
                guarded(report, options, "ready", "5 ready on restart", () -> restarts(report, stack));
            }
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private static void guarded(Report report, Options options, String key, String name, Step step) {
        if (!options.runs(key)) {
            return;
        }
        if (options.secondsLeft() < 30) {
            report.notMeasured(name, "the run's time limit (--max-minutes " + options.maxMinutes + ") was reached first");
            return;
        }
        try {
            step.run();
        } catch (Exception e) {
            report.notMeasured(name, "failed: " + e.getMessage());
            e.printStackTrace();
        }
    }

    /** The region's outcomes: every indicator, its goal's owner unit, every month; then the pipeline settles. */
    private static void loadRegionOutcomes(Report report, Stack stack, Http http, Options options, Region region,
            Pipeline pipeline) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int q = region.periods.size() - 1; q >= 0; q--) {
            for (Region.Plan p : region.plans) {
                for (Region.Goal g : p.goals()) {
                    for (String indicator : g.indicatorIds()) {
                        rows.add(indicator + "," + g.ownerUnitId() + "," + region.periods.get(q) + ",PERIOD,"
                                + Rows.value(rows.size()));
                    }
                }
            }
        }
        String url = stack.url("outcomes") + "/api/v1/imports?atomic=false";
        long t0 = System.nanoTime();
        long written = 0;
        String rejection = null;
        int sent = 0;
        for (int from = 0; from < rows.size() && System.nanoTime() - t0 < options.regionSeconds * 1_000_000_000L
                && options.secondsLeft() > 120; from += options.chunkRows) {
            sent = Math.min(rows.size(), from + options.chunkRows);
            StringBuilder csv = new StringBuilder("indicatorId,orgUnitId,period,valueKind,total\n");
            rows.subList(from, Math.min(rows.size(), from + options.chunkRows)).forEach(r -> csv.append(r).append('\n'));
            Http.Response r = http.post(url, Ingest.FEED, "text/csv", Ingest.utf8(csv.toString()), java.util.Map.of(),
                    java.time.Duration.ofMinutes(20)).expectOk("region outcomes");
            var body = r.json();
            written += body.path("accepted").asLong() + body.path("revised").asLong() + body.path("unchanged").asLong();
            if (rejection == null && body.path("rejected").asLong() > 0) {
                for (var row : body.path("results")) {
                    if ("REJECTED".equals(row.path("outcome").asText())) {
                        rejection = row.path("reason").asText();
                        break;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.note(String.format("setup: %,d of the region's %,d outcomes (newest months first; at most %d s) imported as CSV"
                + " in %.0f s (%,.0f/s), %,d written%s", sent, rows.size(), options.regionSeconds, seconds, written / seconds,
                written, rejection == null ? "" : "; rejected e.g.: " + rejection));
        double settled = pipeline.settle((int) Math.min(options.settleSeconds, Math.max(10, options.secondsLeft() - 240)),
                "region outcomes", java.util.Set.of());
        report.note((settled < 0 ? "setup: the event pipeline was still busy " + options.settleSeconds + " s after the import ("
                + pipeline.lastLag + ")"
                : String.format("setup: statuses and roll-ups settled %.0f s after the import", settled))
                + "; records on the .dlq topics: " + pipeline.deadLetters());
    }

    /**
     * Time to ready again, after the load: each service stopped and started as before, its schema migrated and
     * its data in place, as an operator's restart or a rolling update finds them (the first start above also
     * creates the schema). After the memory figure, which it would otherwise reset.
     */
    private static void restarts(Report report, Stack stack) throws Exception {
        double raw = rawJvm(stack, null)[0];
        for (String s : Stack.SERVICES) {
            try {
                report.figure("5 ready on restart " + s, "s from process start to /q/health/ready 200, after the load",
                        stack.restart(s), "s", raw, "bare JVM HTTP server", "< 3 s");
            } catch (Exception e) {
                report.notMeasured("5 ready on restart " + s, "failed: " + e.getMessage());
            }
        }
    }

    private static void ready(Report report, Stack stack) throws Exception {
        double[] raw = rawJvm(stack, null);
        for (String s : Stack.SERVICES) {
            Double quarkus = stack.quarkusSeconds().get(s);
            report.figure("5 ready " + s, "s from process start to /q/health/ready 200 (Quarkus: started in "
                    + (quarkus == null ? "?" : quarkus + " s") + ")", stack.readySeconds().get(s), "s", raw[0],
                    "bare JVM HTTP server", "< 3 s");
        }
        report.note(String.format("bare JVM HTTP server resident memory when ready: %.0f MiB", raw[1]));
    }

    /** Starts the bare JVM HTTP server: {seconds to the first 200, resident MiB}. */
    static double[] rawJvm(Stack stack, Integer requests) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path classes = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(servicesJava(stack.root()), "-cp", classes.toString(), RawServer.class.getName(),
                String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Http http = new Http("");
            long deadline = t0 + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Integer st = http.status("http://127.0.0.1:" + port + "/q/health/ready");
                if (st != null && st == 200) {
                    break;
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return new double[] { seconds, rss };
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void memory(Report report, Stack stack, Options options) {
        double[] raw;
        try {
            raw = rawJvm(stack, null);
        } catch (Exception e) {
            report.notMeasured("5 memory", "failed: " + e.getMessage());
            return;
        }
        // Read right after the load, then again once the services have been idle for a while: a service
        // gives the heap a load grew back when it is idle (platform runtime/IdleCollector).
        Map<String, double[]> atEnd = new LinkedHashMap<>();
        for (String s : Stack.SERVICES) {
            try {
                atEnd.put(s, stack.memoryMiB(s));
            } catch (Exception e) {
                // Reported below.
            }
        }
        try {
            Thread.sleep(options.restSeconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Each service on its own: one that is gone (it ran out of memory, say) is reported, the others still are.
        for (String s : Stack.SERVICES) {
            try {
                double[] m = stack.memoryMiB(s);
                double[] first = atEnd.getOrDefault(s, new double[] { Double.NaN });
                report.figure("5 memory " + s, String.format("MiB resident after the load, idle %d s (right after the load"
                        + " %.0f MiB; peak %.0f MiB; anonymous %.0f, file-backed %.0f)", options.restSeconds, first[0], m[1],
                        m[2], m[3]), m[0], "MiB", raw[1], "bare JVM HTTP server", "< 300 MB");
                String summary = Profile.jcmd(stack.pid(s), "VM.native_memory", "summary", "scale=MB");
                Files.writeString(stack.dataDir().resolve(s + "-native-memory.txt"), summary);
                long measuring = NativeMemory.measuringMiB(summary);
                report.note("memory " + s + ", committed by the JVM's own count (" + s + "-native-memory.txt): "
                        + NativeMemory.brief(summary) + String.format("; the measuring's own %d MiB of it (native memory"
                                + " tracking, the flight recorder) left out: %.0f MiB resident", measuring, m[0] - measuring));
            } catch (Exception e) {
                report.notMeasured("5 memory " + s, "failed: " + e.getMessage()
                        + (stack.alive(s) ? "" : " (the service is not running; see its log)"));
            }
        }
    }

    private static void header(Report report, Options options) throws IOException, InterruptedException {
        String java = servicesJava(options.root);
        report.header("machine: " + command("nproc").strip() + " cores, " + memTotal() + "; the services' java: "
                + java + ", " + command(java, "-version").lines().findFirst().orElse("?") + " ("
                + command(java, "-version").lines().skip(2).findFirst().orElse("").strip() + ")");
        report.header("commit: " + command("git", "-C", options.root.toString(), "rev-parse", "--short", "HEAD").strip()
                + "; services from " + options.services + ", built: " + jarTimes(options));
        report.header("started " + Instant.now() + "; uptime: " + command("uptime").strip());
        report.header(String.format(
                "options: %,d values per ingest format (chunks of %,d, at most %d s each), region %d plans x %d"
                        + " goals x %d indicators x %d periods, %d read clients for %d s, freshness %d s per load level, %,d outbox"
                        + " events, at most %d minutes, data %s; freshness load %s values/s from up to %d senders, ingest"
                        + " curve %s values, roll-up reads for %s regions, scale-out %,d values per load",
                options.values, options.chunkRows, options.ingestSeconds, options.plans,
                options.goalsPerPlan, options.indicatorsPerGoal, options.periods, options.clients, options.readSeconds,
                options.freshnessSeconds, options.outboxEvents, options.maxMinutes, options.data, options.freshnessRates,
                options.senders, options.ingestSizes, options.regions, options.scaleOutValues));
    }

    private static String jarTimes(Options options) throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : Stack.SERVICES) {
            Path jar = options.services.resolve(s + "-service/target/quarkus-app/app/" + s + "-service-0.1.0-SNAPSHOT.jar");
            Path any = Files.exists(jar) ? jar : options.services.resolve(s + "-service/target/quarkus-app/quarkus-run.jar");
            FileTime t = Files.exists(any) ? Files.getLastModifiedTime(any) : null;
            out.add(s + " " + (t == null ? "missing" : t.toInstant().toString()));
        }
        return String.join(", ", out);
    }

    private static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return String.format("%.1f GiB memory", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        return "? memory";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The java program the services run on (deploy/local/service-java), which the bare JVM baseline runs on too. */
    static String servicesJava(Path root) throws IOException, InterruptedException {
        return command(root.resolve("deploy/local/service-java").toString(), "--java").strip();
    }

    private static String command(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
