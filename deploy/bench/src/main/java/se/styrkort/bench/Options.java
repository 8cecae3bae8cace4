package se.styrkort.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The run's knobs; every loop is bounded by one of them, in count and in time. */
final class Options {

    static final List<String> ALL = List.of("ready", "reads", "freshness", "ingest", "curve", "scaleout", "outbox", "rebuild",
            "memory");

    Path root;
    /** Where the services' target/quarkus-app folders come from: the work tree, or a build of a commit. */
    Path services;
    Path data;
    Path out;
    int portOffset = 0;
    String pg = "";
    /** Values per ingest format (issue 8: 1 000 000); cut short by {@link #ingestSeconds}. */
    int values = 1_000_000;
    int chunkRows = 5_000;
    int ingestSeconds = 90;
    /** Time for importing the region's own outcomes (newest months first); the rest stay unmeasured. */
    int regionSeconds = 90;
    /** The whole run; a benchmark that would start after it is reported as not measured. */
    int maxMinutes = 13;
    long deadline;
    int plans = 20;
    int goalsPerPlan = 60;
    int indicatorsPerGoal = 3;
    int periods = 36;
    int clients = 50;
    int readSeconds = 15;
    /** Before each read load is measured: long enough for the JIT to compile an answer's path (3 s was not). */
    int warmUpSeconds = 10;
    int freshnessSeconds = 30;
    /** The background load levels of the freshness figure, values per second. */
    List<Integer> freshnessRates = List.of(50, 500);
    /**
     * Import requests the freshness background load may have in flight at once. One: the values due wait
     * for it and go together, so its imports grow with the service's answer time; eight imports of 40–430
     * values in flight reached half the rate one did (BENCHMARKS.md, runs B and C).
     */
    int senders = 1;
    /** The sizes of the ingest cost curve, each imported whole (as CSV) and copied as its COPY baseline. */
    List<Integer> ingestSizes = List.of(10_000, 100_000, 1_000_000);
    /** Regions in reporting-service's read model for the roll-up reads, the first region-jh, the others copies. */
    List<Integer> regions = List.of(1, 21, 100);
    /** Values imported by each of the scale-out's loads (one instance, then two). */
    int scaleOutValues = 100_000;
    /** Between the load's end and the second reading of memory: a service gives its heap back once idle. */
    int restSeconds = 25;
    int outboxEvents = 50_000;
    int rebuildSeconds = 120;
    int settleSeconds = 90;
    int portWaitSeconds = 600;
    boolean keep;
    Set<String> only = new LinkedHashSet<>(ALL);
    /** What a reader asks for (reporting-service's default level, strategy). */
    String rollupQuery = "/api/v1/rollups?planId={plan}&period={period}";
    /** What the freshness probe polls: the plan-level roll-up. */
    String probeQuery = "/api/v1/rollups?planId={plan}&period={period}&level=plan";
    String rebuildPath = "/api/v1/admin/rebuild";

    static Options parse(String[] args) {
        Options o = new Options();
        o.root = Path.of(System.getProperty("styrkort.root", ".")).toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--data" -> {
                    o.data = Path.of(need(a, v)).toAbsolutePath();
                    i++;
                }
                case "--services" -> {
                    o.services = Path.of(need(a, v)).toAbsolutePath();
                    i++;
                }
                case "--out" -> {
                    o.out = Path.of(need(a, v)).toAbsolutePath();
                    i++;
                }
                case "--port-offset" -> {
                    o.portOffset = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--pg" -> {
                    o.pg = need(a, v);
                    i++;
                }
                case "--values" -> {
                    o.values = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--chunk-rows" -> {
                    o.chunkRows = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--ingest-seconds" -> {
                    o.ingestSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--region-seconds" -> {
                    o.regionSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--max-minutes" -> {
                    o.maxMinutes = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--plans" -> {
                    o.plans = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--goals-per-plan" -> {
                    o.goalsPerPlan = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--periods" -> {
                    o.periods = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--clients" -> {
                    o.clients = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--read-seconds" -> {
                    o.readSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--warm-up-seconds" -> {
                    o.warmUpSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--rest-seconds" -> {
                    o.restSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--freshness-seconds" -> {
                    o.freshnessSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--outbox-events" -> {
                    o.outboxEvents = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--rebuild-seconds" -> {
                    o.rebuildSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--settle-seconds" -> {
                    o.settleSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--port-wait-seconds" -> {
                    o.portWaitSeconds = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--rollup-query" -> {
                    o.rollupQuery = need(a, v);
                    i++;
                }
                case "--probe-query" -> {
                    o.probeQuery = need(a, v);
                    i++;
                }
                case "--rebuild-path" -> {
                    o.rebuildPath = need(a, v);
                    i++;
                }
                case "--freshness-rates" -> {
                    o.freshnessRates = ints(need(a, v));
                    i++;
                }
                case "--senders" -> {
                    o.senders = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--ingest-sizes" -> {
                    o.ingestSizes = ints(need(a, v));
                    i++;
                }
                case "--regions" -> {
                    o.regions = ints(need(a, v));
                    i++;
                }
                case "--scale-out-values" -> {
                    o.scaleOutValues = Integer.parseInt(need(a, v));
                    i++;
                }
                case "--only" -> {
                    o.only = new LinkedHashSet<>(Arrays.asList(need(a, v).split(",")));
                    i++;
                }
                case "--keep" -> o.keep = true;
                default -> throw new IllegalArgumentException("unknown option " + a + "; see deploy/bench/run --help");
            }
        }
        if (o.periods > 36 || o.periods < 1) {
            throw new IllegalArgumentException("--periods must be 1 to 36 (the months of 2023-2025)");
        }
        if (o.regions.isEmpty() || o.regions.get(0) != 1 || o.regions.stream().anyMatch(r -> r < 1 || r > 999)) {
            throw new IllegalArgumentException("--regions must start with 1 and stay within 1 to 999");
        }
        if (o.services == null) {
            o.services = o.root;
        }
        o.deadline = System.nanoTime() + o.maxMinutes * 60_000_000_000L;
        if (o.data == null) {
            o.data = o.root.resolve("deploy/bench/target/runs/"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        }
        if (o.out == null) {
            o.out = o.data.resolve("results.md");
        }
        return o;
    }

    /** The most regions the roll-up reads ask for. */
    int maxRegions() {
        return regions.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty()).map(Integer::valueOf).toList();
    }

    /** Seconds left of the run, at least 0. */
    long secondsLeft() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000_000L);
    }

    boolean runs(String benchmark) {
        return only.contains(benchmark);
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
