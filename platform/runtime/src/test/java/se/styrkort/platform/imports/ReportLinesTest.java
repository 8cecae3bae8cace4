package se.styrkort.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An import report's lines, kept on disk and written out as the JSON array of the answer. */
class ReportLinesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(long row, String outcome, String reason) {
    }

    record Answer(long rows, ReportLines results) {
    }

    @Test
    void theLinesAreWrittenOutInTheOrderTheyCameAsTheyWouldBeOnTheirOwn() throws IOException {
        ReportLines lines = new ReportLines(mapper);
        List<Line> given = List.of(new Line(1, "ACCEPTED", null),
                new Line(2, "REJECTED", "total: \"x\" is not a number; ä"), new Line(3, "UNCHANGED", null));
        given.forEach(lines::add);

        JsonNode answer = mapper.readTree(mapper.writeValueAsString(new Answer(lines.size(), lines.finish())));

        assertEquals(3, answer.get("rows").asLong());
        assertEquals(mapper.readTree(mapper.writeValueAsString(given)), answer.get("results"));
        assertEquals(Map.of("row", 2, "outcome", "REJECTED", "reason", "total: \"x\" is not a number; ä"),
                mapper.convertValue(answer.get("results").get(1), Map.class));
    }

    @Test
    void aMillionLinesTakeNoRoomOnTheHeap() throws IOException {
        ReportLines lines = new ReportLines(mapper);
        long before = usedHeap();
        for (int i = 1; i <= 1_000_000; i++) {
            lines.add(new Line(i, "UNCHANGED", null));
        }
        long grown = usedHeap() - before;
        // Held as objects as well, these lines grew the heap by 38 MiB; on disk, what stays is the writer's buffer.
        assertTrue(grown < 16L << 20, "heap grew by " + (grown >> 20) + " MiB");

        JsonNode results = mapper.readTree(mapper.writeValueAsString(new Answer(lines.size(), lines.finish())))
                .get("results");
        assertEquals(1_000_000, results.size());
        assertEquals(1_000_000, results.get(999_999).get("row").asLong());
    }

    @Test
    void nothingIsLeftInTheTemporaryFolderAndAFinishedReportTakesNoMoreLines() throws IOException {
        long before = reportFiles();
        ReportLines lines = new ReportLines(mapper);
        lines.add(new Line(1, "ACCEPTED", null));
        assertEquals(before, reportFiles());

        lines.finish();
        assertThrows(IllegalStateException.class, () -> lines.add(new Line(2, "ACCEPTED", null)));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long reportFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("styrkort-report-")).count();
        }
    }
}
