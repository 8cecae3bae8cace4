package se.styrkort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of one service while a benchmark loads it (jcmd JFR.start / JFR.stop,
 * the "profile" settings), summarised from its execution samples: the methods that were on CPU, by
 * their own time and with what they called, and the project's own methods. The recording stays in the
 * run's folder for JDK Mission Control.
 */
final class Profile {

    private final Stack stack;
    private final String service;
    private final String name;
    private final Path file;

    private Profile(Stack stack, String service, String name, Path file) {
        this.stack = stack;
        this.service = service;
        this.name = name;
        this.file = file;
    }

    /** Starts a recording, or returns null when jcmd cannot (the benchmark goes on unprofiled). */
    static Profile start(Stack stack, Path dir, String service, String name) {
        Path file = dir.resolve(name + ".jfr");
        try {
            jcmd(stack.pid(service), "JFR.start", "name=" + name, "settings=profile", "filename=" + file);
            return new Profile(stack, service, name, file);
        } catch (Exception e) {
            System.out.println("[bench] no profile of " + service + ": " + e.getMessage());
            return null;
        }
    }

    /** Stops the recording and writes NAME.txt beside it; returns the head of each section for the report. */
    String stop(int lines) {
        try {
            jcmd(stack.pid(service), "JFR.stop", "name=" + name);
            String summary = summarise(50);
            Files.writeString(file.resolveSibling(name + ".txt"), summary);
            StringBuilder brief = new StringBuilder(
                    "profile " + file.getFileName() + " (" + summary.lines().findFirst().orElse("")
                            + ")");
            int taken = 0;
            for (String line : summary.lines().skip(1).toList()) {
                if (!line.startsWith(" ")) {
                    brief.append("; ").append(line);
                    taken = 0;
                } else if (taken++ < lines) {
                    brief.append(' ').append(line.strip()).append(',');
                }
            }
            return brief.toString();
        } catch (Exception e) {
            return "profile failed: " + e.getMessage();
        }
    }

    private String summarise(int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(method(frames.get(0)), 1, Integer::sum);
            packages.merge(packageOf(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String m = method(f);
                if (m.startsWith("se.styrkort") && seen.add(m)) {
                    inclusive.merge(m, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int n = samples;
        out.append(String.format(Locale.ROOT, "%s during %s: %d CPU samples%n", service, name, n));
        out.append("self time by package:\n");
        packages.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(top)
                .forEach(en -> out.append(
                        String.format(Locale.ROOT, "  %5.1f %% %s%n", 100.0 * en.getValue() / Math.max(1, n), en.getKey())));
        out.append("self time:\n");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(top)
                .forEach(en -> out.append(
                        String.format(Locale.ROOT, "  %5.1f %% %s%n", 100.0 * en.getValue() / Math.max(1, n), en.getKey())));
        out.append("project methods with what they call (inclusive):\n");
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(top)
                .forEach(en -> out.append(
                        String.format(Locale.ROOT, "  %5.1f %% %s%n", 100.0 * en.getValue() / Math.max(1, n), en.getKey())));
        return out.toString();
    }

    private static String packageOf(RecordedFrame f) {
        String[] parts = f.getMethod().getType().getName().split("\\.");
        return String.join(".", java.util.Arrays.asList(parts).subList(0, Math.max(1, Math.min(3, parts.length - 1))));
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    /** jcmd of the JDK the harness runs on, which deploy/bench/run makes the services' JDK. */
    static String jcmd(long pid, String... args) throws IOException, InterruptedException {
        Path own = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> command = new java.util.ArrayList<>(
                List.of(Files.isExecutable(own) ? own.toString() : "jcmd", String.valueOf(pid)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("Exception")) {
            throw new IOException(String.join(" ", command) + ": " + out.strip());
        }
        return out;
    }
}
