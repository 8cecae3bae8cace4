package se.styrkort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a JVM's native memory summary ({@code jcmd <pid> VM.native_memory summary scale=MB}): its
 * total and largest categories by committed memory, for the memory figure's note. What the JVM counts is
 * not all of a process's resident memory: the C library's own overhead and native libraries are not in it.
 */
final class NativeMemory {

    private static final Pattern TOTAL = Pattern.compile("Total: reserved=(\\d+)MB, committed=(\\d+)MB");
    private static final Pattern CATEGORY = Pattern
            .compile("-\\s+([A-Za-z][A-Za-z .]*?) \\(reserved=(\\d+)MB, committed=(\\d+)MB[,)]");
    private static final Pattern THREADS = Pattern.compile("\\(thread #(\\d+)\\)");

    private NativeMemory() {
    }

    record Category(String name, long committed) {
    }

    /**
     * What the measuring itself holds (MiB committed): native memory tracking and, in a service the
     * harness profiled, the flight recorder's buffers ("Tracing"), which stay after the recording.
     */
    static long measuringMiB(String summary) {
        long own = 0;
        Matcher m = CATEGORY.matcher(summary);
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.equals("Native Memory Tracking") || name.equals("Tracing")) {
                own += Long.parseLong(m.group(3));
            }
        }
        return own;
    }

    static String brief(String summary) {
        Matcher total = TOTAL.matcher(summary);
        if (!total.find()) {
            return "no summary (" + Http.abbreviate(summary) + ")";
        }
        List<Category> categories = new ArrayList<>();
        Matcher m = CATEGORY.matcher(summary);
        while (m.find()) {
            categories.add(new Category(m.group(1).strip(), Long.parseLong(m.group(3))));
        }
        categories.sort((a, b) -> Long.compare(b.committed(), a.committed()));
        Matcher threads = THREADS.matcher(summary);
        StringBuilder b = new StringBuilder("total " + total.group(2) + " MiB");
        for (Category c : categories) {
            if (c.committed() >= 2) {
                b.append(", ").append(c.name()).append(' ').append(c.committed());
            }
        }
        if (threads.find()) {
            b.append(" (").append(threads.group(1)).append(" threads)");
        }
        return b.toString();
    }
}
