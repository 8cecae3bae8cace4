package se.styrkort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a benchmark's CPU went, from /proc: each service's and Kafka's process, the harness itself, and
 * the rest of the machine (PostgreSQL's backends above all), as CPU seconds between {@link #start} and
 * {@link #stop}. On two shared cores a figure is bounded by the sum, so the split shows which process to
 * make cheaper.
 */
final class CpuSplit {

    private static final double TICKS = 100.0;

    private final Stack stack;
    private final Map<String, Long> before;
    private final long machineBefore;
    private final long t0 = System.nanoTime();

    private CpuSplit(Stack stack) throws IOException {
        this.stack = stack;
        this.before = ticks(stack);
        this.machineBefore = machineBusy();
    }

    static CpuSplit start(Stack stack) {
        try {
            return new CpuSplit(stack);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** "CPU over N s: reporting 12.3 s, harness 4.5 s, …, all else 3.2 s (machine busy 97 %)", per unit of work when given. */
    String stop(long units, String unit) {
        try {
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> after = ticks(stack);
            double machine = (machineBusy() - machineBefore) / TICKS;
            StringBuilder b = new StringBuilder(String.format("CPU over %.0f s", seconds));
            double counted = 0;
            for (Map.Entry<String, Long> e : after.entrySet()) {
                double used = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / TICKS;
                counted += used;
                b.append(String.format(", %s %.1f s%s", e.getKey(), used, perUnit(used, units, unit)));
            }
            double rest = Math.max(0, machine - counted);
            b.append(String.format(", all else (PostgreSQL above all) %.1f s%s; machine busy %.0f %% of %d cores", rest,
                    perUnit(rest, units, unit), 100 * machine / seconds / cores(), cores()));
            return b.toString();
        } catch (IOException | RuntimeException e) {
            return "CPU split not read: " + e.getMessage();
        }
    }

    private static String perUnit(double seconds, long units, String unit) {
        return units <= 0 ? "" : String.format(" (%.2f ms per %s)", seconds * 1000 / units, unit);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static Map<String, Long> ticks(Stack stack) throws IOException {
        Map<String, Long> t = new LinkedHashMap<>();
        for (String s : Stack.SERVICES) {
            t.put(s, processTicks(stack.pid(s)));
        }
        // The second instances, while the scale-out figure runs them.
        for (String s : List.of("outcomes-2", "reporting-2")) {
            if (stack.alive(s)) {
                t.put(s, processTicks(stack.pid(s)));
            }
        }
        t.put("kafka", processTicks(stack.pid("kafka")));
        t.put("harness", processTicks(ProcessHandle.current().pid()));
        return t;
    }

    /** utime + stime of a process and its finished children, in clock ticks (fields 14–17 of /proc/PID/stat). */
    private static long processTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command: field 3 is f[0]; utime is field 14.
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** Busy ticks of the whole machine (everything but idle and iowait) from /proc/stat. */
    private static long machineBusy() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(f[i]);
            }
        }
        return busy;
    }
}
