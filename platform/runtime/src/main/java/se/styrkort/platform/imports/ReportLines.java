package se.styrkort.platform.imports;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * An import report's lines, one per row in row order, kept on disk while the import runs and
 * written out from there as the JSON array of the answer. An import may have a million rows: held
 * as objects, their lines (and the rejected ones of the first reading once more) outgrew a service's
 * 160 MiB heap, and a million rejected rows stopped outcomes-service with OutOfMemoryError.
 *
 * <p>
 * The file has no name from the moment it is opened (it is deleted at once and read through the
 * open descriptor), so nothing is left behind by a request that fails or a client that goes away;
 * the descriptor is closed when the lines have been written out, or with the object.
 */
@JsonSerialize(using = ReportLines.AsJsonArray.class)
public final class ReportLines {

    private final ObjectWriter json;
    private final RandomAccessFile file;
    private final Writer out;
    private long size;
    private boolean finished;

    public ReportLines(ObjectMapper mapper) {
        this.json = mapper.writer();
        try {
            Path path = Files.createTempFile("styrkort-report-", ".jsonl");
            try {
                file = new RandomAccessFile(path.toFile(), "rw");
            } finally {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The import report cannot be kept on disk", e);
        }
        out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(file.getChannel()),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Adds the next row's line. */
    public void add(Object line) {
        if (finished) {
            throw new IllegalStateException("The report is finished");
        }
        try {
            out.write(json.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("The import report cannot be kept on disk", e);
        }
        size++;
    }

    public long size() {
        return size;
    }

    /** No more lines: from here on they can be written out, once. */
    public ReportLines finish() {
        if (!finished) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("The import report cannot be kept on disk", e);
            }
            finished = true;
            // Counted once per import, not per line: the throughput an operator watches.
            ImportMetrics.rows().increment(size);
        }
        return this;
    }

    /** Writes the lines as a JSON array, each line as it was kept, and closes the file. */
    static final class AsJsonArray extends StdSerializer<ReportLines> {

        AsJsonArray() {
            super(ReportLines.class);
        }

        @Override
        public void serialize(ReportLines lines, JsonGenerator gen, SerializerProvider provider) throws IOException {
            lines.finish();
            gen.writeStartArray();
            try (RandomAccessFile file = lines.file) {
                file.seek(0);
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(file.getChannel()),
                        StandardCharsets.UTF_8), 1 << 16);
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    gen.writeRawValue(line);
                }
            }
            gen.writeEndArray();
        }
    }
}
