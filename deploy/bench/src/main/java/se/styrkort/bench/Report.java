package se.styrkort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run, each with its raw baseline, the ratio and the goal of issue 8. Printed as they
 * come and rewritten to a Markdown file after every entry, so that a run cut short still leaves what it
 * measured.
 */
final class Report {

    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private final List<String> header = new ArrayList<>();

    Report(Path file) {
        this.file = file;
    }

    void header(String line) {
        header.add(line);
        System.out.println("[bench] " + line);
        write();
    }

    /** A figure with its baseline; the ratio is figure / baseline. */
    void figure(String benchmark, String what, double value, String unit, Double baseline, String baselineWhat,
            String goal) {
        String ratio = baseline == null || baseline == 0 ? "–" : format(value / baseline);
        add(String.format(Locale.ROOT, "| %s | %s | %s %s | %s | %s | %s |", benchmark, what, format(value), unit,
                baseline == null ? "–"
                        : format(baseline) + " " + unit + (baselineWhat == null ? "" : " (" + baselineWhat + ")"),
                ratio, goal == null ? "" : goal));
    }

    void notMeasured(String benchmark, String why) {
        add("| " + benchmark + " | not measured: " + why.replace('|', '/').replace('\n', ' ') + " | | | | |");
    }

    void note(String text) {
        add("| | note: " + text.replace('|', '/').replace('\n', ' ') + " | | | | |");
    }

    private synchronized void add(String line) {
        lines.add(line);
        System.out.println("[bench] " + line);
        write();
    }

    private synchronized void write() {
        StringBuilder out = new StringBuilder();
        out.append("# Styrkort benchmark run, ").append(Instant.now()).append("\n\n");
        header.forEach(h -> out.append("- ").append(h).append('\n'));
        out.append("\n| benchmark | figure | value | raw baseline | ratio | goal |\n| --- | --- | --- | --- | --- | --- |\n");
        lines.forEach(l -> out.append(l).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
